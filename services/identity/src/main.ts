import { Inbox, readConfigOrExit, runService, ServiceRuntime } from '@ejournal/kit';
import { bootstrapEnvironment, keyEncryptionEnvironment, passwordEnvironment, ssoEnvironment } from './config';
import { setHashingCost } from './domain/passwords';
import { identityApi } from './api/identity.api';
import { bootstrapOperator } from './bootstrap';
import { keepEnrolment } from './events/enrolment.consumer';
import { FAMILY_COUNT_EVENTS, keepFamilyCounts } from './events/family-counts.consumer';
import { onSchoolRegistered } from './events/school-registered.consumer';
import { DERIVED_GRANT_EVENTS, DerivedGrants } from './read-models/derived-grants';
import { SCHOOL_STRUCTURE_EVENTS, SchoolStructure } from './read-models/school-structure';
import { refreshTokensOf } from './events/derived-grants-changed';
import type { Identity } from './identity';
import { AccessTokens } from './sessions/access-tokens';
import { KeyEncryption } from './sessions/key-encryption';
import { RegionalSignOn, type SignOnSettings } from './sessions/regional-sign-on';
import { AccountStore } from './store/account.store';
import { AuditStore } from './store/audit.store';
import { FamilyCountStore } from './store/family-count.store';
import { InvitationStore } from './store/invitation.store';
import { PasswordResetStore } from './store/password-reset.store';
import { KnownSchoolStore } from './store/known-school.store';
import { PersonStore } from './store/person.store';
import { SessionStore } from './store/session.store';
import { SigningKeyStore } from './store/signing-key.store';
import { SsoAttemptStore } from './store/sso-attempt.store';
import { ThrottleStore } from './store/throttle.store';

/** The regional single sign-on, when SSO_ISSUER is set (all of SSO_* are then required). */
function signOnSettings(): SignOnSettings | undefined {
  if (!process.env.SSO_ISSUER) return undefined;
  const settings = readConfigOrExit(ssoEnvironment, 'identity');
  return {
    issuer: settings.SSO_ISSUER,
    clientId: settings.SSO_CLIENT_ID,
    clientSecret: settings.SSO_CLIENT_SECRET,
    redirectUri: settings.SSO_REDIRECT_URI,
    identifierClaim: settings.SSO_IDENTIFIER_CLAIM,
  };
}

// Identity and access.
// Publishes: identity.account.revoked, identity.tokens.revoked, identity.student.registered, identity.invitation.issued, identity.members.changed, identity.families.counted. Consumes: curriculum.school.registered, and the schools' years,
// classes and own subjects (read-models/school-structure.ts); its own members.changed and student.registered
// and curriculum's enrolments for the family counts (events/family-counts.consumer.ts).
runService('identity', async () => {
  setHashingCost(readConfigOrExit(passwordEnvironment, 'identity').PASSWORD_SCRYPT_LOG_N);
  const runtime = await ServiceRuntime.start('identity', { grpcPort: 50051 });
  const accounts = new AccountStore(runtime.db);
  const sessions = new SessionStore(runtime.db);
  const people = new PersonStore(runtime.db);
  const signingKeys = new SigningKeyStore(runtime.db, new KeyEncryption(readConfigOrExit(keyEncryptionEnvironment, 'identity').SIGNING_KEY_ENCRYPTION_KEY));
  // Regional sign-on needs the rest of identity to start sessions: it is handed to the API beside it, not kept in it.
  const signOn = new RegionalSignOn(signOnSettings(), new SsoAttemptStore(runtime.db));
  const identity: Identity = {
    people,
    accounts,
    sessions,
    tokens: new AccessTokens(signingKeys),
    invitations: new InvitationStore(runtime.db),
    passwordResets: new PasswordResetStore(runtime.db),
    audit: new AuditStore(runtime.db),
    throttles: new ThrottleStore(runtime.db),
    knownSchools: new KnownSchoolStore(runtime.db),
    structure: new SchoolStructure(runtime.db),
    derivedGrants: new DerivedGrants(runtime.db),
  };
  const familyCounts = new FamilyCountStore(runtime.db);
  runtime.outboxRelay([accounts.model, sessions.model, people.model, identity.invitations.model, familyCounts.model]);
  const keepStructure = identity.structure.keep();
  const keepSchools = onSchoolRegistered(identity.knownSchools);
  const keepEnrolments = keepEnrolment(identity);
  runtime.bus.subscribe(
    'identity',
    ['curriculum.school.registered', 'curriculum.enrolment.changed', ...SCHOOL_STRUCTURE_EVENTS],
    (event) => {
      if (event.type === 'curriculum.school.registered') return keepSchools(event as never);
      if (event.type === 'curriculum.enrolment.changed') return keepEnrolments(event as never);
      return keepStructure(event as never);
    },
    new Inbox(runtime.db, 'identity'),
  );
  // The region's monitoring of families connected: a consumer of its own, recounting a school when its people change.
  runtime.bus.subscribe('identity-families', [...FAMILY_COUNT_EVENTS], keepFamilyCounts(identity, familyCounts), new Inbox(runtime.db, 'identity-families'));
  // Rights that follow the school's structure: a consumer of its own, so a slow one never holds up the other.
  runtime.bus.subscribe('identity-grants', [...DERIVED_GRANT_EVENTS], identity.derivedGrants.keep(refreshTokensOf(identity)), new Inbox(runtime.db, 'identity-grants'));
  await runtime.serve([identityApi(identity, signOn)], async () => {
    const sealed = await signingKeys.sealClearKeys();
    if (sealed > 0) runtime.logger.info('signing keys sealed at rest', { count: sealed });
    await identity.tokens.ensureKey();
    const bootstrap = readConfigOrExit(bootstrapEnvironment, 'identity');
    await bootstrapOperator(identity, runtime.logger, bootstrap.BOOTSTRAP_OPERATOR_LOGIN, bootstrap.BOOTSTRAP_OPERATOR_PASSWORD);
  });
});
