import type { DerivedGrants } from './read-models/derived-grants';
import type { SchoolStructure } from './read-models/school-structure';
import type { AccessTokens } from './sessions/access-tokens';
import type { AccountStore } from './store/account.store';
import type { AuditStore } from './store/audit.store';
import type { InvitationStore } from './store/invitation.store';
import type { PasswordResetStore } from './store/password-reset.store';
import type { KnownSchoolStore } from './store/known-school.store';
import type { PersonStore } from './store/person.store';
import type { SessionStore } from './store/session.store';
import type { ThrottleStore } from './store/throttle.store';

/** The identity service's stores and mechanisms, as the handlers use them. */
export interface Identity {
  people: PersonStore;
  accounts: AccountStore;
  sessions: SessionStore;
  tokens: AccessTokens;
  invitations: InvitationStore;
  passwordResets: PasswordResetStore;
  audit: AuditStore;
  throttles: ThrottleStore;
  knownSchools: KnownSchoolStore;
  /** The schools' years, classes, groups and own subjects, as curriculum publishes them. */
  structure: SchoolStructure;
  /** Roles that follow from curriculum's facts (class teacher, load, timetable, substitution), by person. */
  derivedGrants: DerivedGrants;
}
