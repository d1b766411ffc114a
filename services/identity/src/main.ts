import { Inbox, runService, ServiceRuntime } from '@ejournal/kit';
import { identityApi } from './api/identity.api';
import { bootstrapOperator } from './bootstrap';
import { onSchoolRegistered } from './events/school-registered.consumer';
import type { Identity } from './identity';
import { AccessTokens } from './sessions/access-tokens';
import { AccountStore } from './store/account.store';
import { AuditStore } from './store/audit.store';
import { InvitationStore } from './store/invitation.store';
import { KnownSchoolStore } from './store/known-school.store';
import { PersonStore } from './store/person.store';
import { SessionStore } from './store/session.store';
import { SigningKeyStore } from './store/signing-key.store';
import { ThrottleStore } from './store/throttle.store';

// Identity and access.
// Publishes: identity.account.revoked. Consumes: curriculum.school.registered.
runService('identity', async () => {
  const runtime = await ServiceRuntime.start('identity', { grpcPort: 50051 });
  const accounts = new AccountStore(runtime.db);
  const identity: Identity = {
    people: new PersonStore(runtime.db),
    accounts,
    sessions: new SessionStore(runtime.db),
    tokens: new AccessTokens(new SigningKeyStore(runtime.db)),
    invitations: new InvitationStore(runtime.db),
    audit: new AuditStore(runtime.db),
    throttles: new ThrottleStore(runtime.db),
    knownSchools: new KnownSchoolStore(runtime.db),
    relay: runtime.outboxRelay([accounts.model]),
  };
  runtime.bus.subscribe('identity', ['curriculum.school.registered'], onSchoolRegistered(identity.knownSchools), new Inbox(runtime.db, 'identity'));
  await runtime.serve([identityApi(identity)], async () => {
    await identity.tokens.ensureKey();
    await bootstrapOperator(identity, runtime.logger, process.env.BOOTSTRAP_OPERATOR_LOGIN, process.env.BOOTSTRAP_OPERATOR_PASSWORD);
  });
});
