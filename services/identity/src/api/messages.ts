import { toTimestamp } from '@ejournal/contracts';
import type { Grant } from '@ejournal/kit';
import type { Account } from '../store/account.store';
import type { Person } from '../store/person.store';

type GrantMessage = { role: string; schoolId?: string; classId?: string; groupId?: string; subjectId?: string; childId?: string; personId?: string };

export function grantFromMessage(message: GrantMessage | null | undefined): Grant {
  const grant = { role: message?.role ?? '' } as Grant;
  for (const field of ['schoolId', 'classId', 'groupId', 'subjectId', 'childId', 'personId'] as const) {
    if (message?.[field]) grant[field] = message[field];
  }
  return grant;
}

export function grantToMessage(grant: Grant) {
  return {
    role: grant.role,
    schoolId: grant.schoolId ?? '',
    classId: grant.classId ?? '',
    groupId: grant.groupId ?? '',
    subjectId: grant.subjectId ?? '',
    childId: grant.childId ?? '',
    personId: grant.personId ?? '',
    source: grant.source ?? '',
    until: grant.until ?? '',
  };
}

export function accountToMessage(account: Account) {
  return {
    id: account._id,
    login: account.login,
    personId: account.personId,
    status: account.status,
    grants: account.grants.map(grantToMessage),
    mustChangePassword: account.mustChangePassword,
    version: String(account.version),
  };
}

export function personToMessage(person: Person) {
  return {
    id: person._id,
    uid: String(person.uid),
    kind: person.kind,
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    birthDate: person.birthDate,
    email: person.email,
    phone: person.phone,
    schoolId: person.schoolId,
    classId: person.classId,
  };
}

export function sessionToMessage(session: { accountId: string; accessToken: string; accessExpiresAt: Date; refreshToken: string; refreshExpiresAt: Date }) {
  return {
    accountId: session.accountId,
    accessToken: session.accessToken,
    accessTokenExpiresAt: toTimestamp(session.accessExpiresAt),
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: toTimestamp(session.refreshExpiresAt),
  };
}
