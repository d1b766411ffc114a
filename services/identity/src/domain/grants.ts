import { InvalidArgument, ROLES, type Grant, type Role } from '@ejournal/kit';

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
  if (grant.classId) clean.classId = grant.classId.toUpperCase();
  return clean;
}

export function sameGrant(a: Grant, b: Grant): boolean {
  const fields = ['role', 'schoolId', 'classId', 'groupId', 'subjectId', 'childId', 'personId'] as const;
  return fields.every((field) => (a[field] ?? '') === (b[field] ?? ''));
}
