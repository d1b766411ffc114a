import { authorize, FailedPrecondition, hasRole, InvalidArgument, ROLES, type Grant, type Principal, type Role } from '@ejournal/kit';

/** What a grant of each role must name (roles in scope, DOMAIN.md "Who uses it"). */
const REQUIRED_SCOPE: Record<Exclude<Role, 'service'>, Array<keyof Omit<Grant, 'role'>>> = {
  region_operator: [],
  school_admin: ['schoolId'],
  director: ['schoolId'],
  deputy_director: ['schoolId'],
  subject_teacher: ['schoolId', 'subjectId'],
  class_teacher: ['schoolId', 'classId'],
  parent: ['schoolId', 'childId'],
  interested_person: ['schoolId', 'childId'],
  student: ['schoolId', 'personId'],
};

/** Checks a grant names its role's scope; a subject teacher needs a class or a group besides the subject. */
export function validateGrant(grant: Grant): Grant {
  if (!ROLES.includes(grant.role) || grant.role === 'service') {
    throw new InvalidArgument(`неизвестная роль «${grant.role}»`, { 'grant.role': `одна из: ${ROLES.join(', ')}` });
  }
  const missing = REQUIRED_SCOPE[grant.role as Exclude<Role, 'service'>].filter((field) => !grant[field]);
  if (grant.role === 'subject_teacher' && !grant.classId && !grant.groupId) missing.push('classId');
  if (missing.length > 0) {
    throw new InvalidArgument(`роль ${grant.role} требует области: ${missing.join(', ')}`, Object.fromEntries(missing.map((f) => [`grant.${f}`, 'обязательно для этой роли'])));
  }
  const clean: Grant = { role: grant.role };
  for (const field of ['schoolId', 'classId', 'groupId', 'subjectId', 'childId', 'personId'] as const) if (grant[field]) clean[field] = grant[field];
  if (grant.classId) clean.classId = normaliseClassId(grant.classId);
  return clean;
}

/** The caller may hand out this grant: the operator any; a school administrator those of their school (002 §3.3). */
export function mayAssignGrant(principal: Principal, grant: Grant): boolean {
  if (grant.role === 'region_operator') return hasRole(principal, 'region_operator');
  return authorize(principal, 'grant.assign', { schoolId: grant.schoolId });
}

/** A member of staff works in their own school: roles given to them name that school. */
export function checkGrantFitsPerson(grant: Grant, person: { kind: string; schoolId: string }): void {
  if (person.kind === 'staff' && grant.schoolId && person.schoolId && grant.schoolId !== person.schoolId) {
    throw new FailedPrecondition('сотруднику выдаются роли только в его школе');
  }
}

/** What redeeming an invitation grants (004 §3.2, 001 §2): the student their own diary, the others the child's. */
export function grantOfInvitation(invitation: { role: 'parent' | 'student' | 'interested_person'; schoolId: string; childId: string }): Grant {
  return invitation.role === 'student'
    ? { role: 'student', schoolId: invitation.schoolId, personId: invitation.childId }
    : { role: invitation.role, schoolId: invitation.schoolId, childId: invitation.childId };
}

export function sameGrant(a: Grant, b: Grant): boolean {
  const fields = ['role', 'schoolId', 'classId', 'groupId', 'subjectId', 'childId', 'personId'] as const;
  return fields.every((field) => (a[field] ?? '') === (b[field] ?? ''));
}

/**
 * A class as identity keeps it: curriculum's class id (a UUID, kept in lower case), or — from older
 * imports — a class name such as «7б», kept in upper case («7Б»).
 */
export function normaliseClassId(value: string): string {
  const tidied = value.trim();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tidied) ? tidied.toLowerCase() : tidied.toUpperCase();
}
