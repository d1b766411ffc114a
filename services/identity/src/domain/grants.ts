import { authorize, FailedPrecondition, hasRole, InvalidArgument, PermissionDenied, ROLES, type Grant, type Principal, type Role } from '@ejournal/kit';

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

/** What the owning data says of the ids a grant names; each is null when it is not there (or not in the grant's school). */
export interface GrantScopeFacts {
  /** The person named by childId (parent, interested person). */
  child?: { kind: string; schoolId: string } | null;
  /** The person named by personId (student). */
  student?: { kind: string; schoolId: string } | null;
  /** The class named by classId, among the school's classes. */
  schoolClass?: { schoolId: string; groupIds: string[] } | null;
  /** The class that has the group named by groupId, among the school's classes. */
  groupClass?: { schoolId: string; groupIds: string[] } | null;
  /** Whether the subject is the region's or the school's own. */
  subjectKnown?: boolean;
}

/**
 * Everything a grant names belongs to the grant's school (checked against the data that owns it:
 * people here, classes, groups and subjects from curriculum). A missing id and an id of another
 * school are refused alike.
 */
export function checkGrantScope(grant: Grant, facts: GrantScopeFacts): void {
  const violations: Record<string, string> = {};
  const inSchool = (found: { schoolId: string } | null | undefined) => found !== null && found !== undefined && found.schoolId === grant.schoolId;
  if (grant.childId && !(inSchool(facts.child) && facts.child!.kind === 'student')) violations['grant.childId'] = 'в этой школе нет такого ученика';
  if (grant.personId && !(inSchool(facts.student) && facts.student!.kind === 'student')) violations['grant.personId'] = 'в этой школе нет такого ученика';
  if (grant.classId && !inSchool(facts.schoolClass)) violations['grant.classId'] = 'в этой школе нет такого класса';
  if (grant.groupId && !(inSchool(facts.groupClass) && (!grant.classId || facts.schoolClass?.groupIds.includes(grant.groupId)))) violations['grant.groupId'] = 'в этой школе (этом классе) нет такой группы';
  if (grant.subjectId && !facts.subjectKnown) violations['grant.subjectId'] = 'в этой школе нет такого предмета';
  if (Object.keys(violations).length > 0) throw new InvalidArgument(`роль не выдана: ${Object.values(violations).join('; ')}`, violations);
}

/**
 * Access to a child's diary is never self-assigned (001 §2, 004 §3.2): it comes from the child's
 * invitation code, or from the child's own school for someone else. A student's role names that
 * student's own person.
 */
export function checkGrantBeneficiary(grant: Grant, account: { _id: string; personId: string }, principal: Principal): void {
  if ((grant.role === 'parent' || grant.role === 'interested_person' || grant.role === 'student') && account._id === principal.subject) {
    throw new PermissionDenied('доступ к дневнику ученика нельзя выдать самому себе: он выдаётся по коду приглашения или администратором школы другому человеку');
  }
  if (grant.role === 'student' && grant.personId !== account.personId) {
    throw new InvalidArgument('роль ученика выдаётся только учётной записи самого ученика', { 'grant.personId': 'ученик этой учётной записи' });
  }
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

/** The grants with one more (a role given by hand, 002 §3.3), or null when it is held already: giving it again changes nothing. */
export function withGrant(grants: Grant[], grant: Grant): Grant[] | null {
  return grants.some((held) => sameGrant(held, grant)) ? null : [...grants, grant];
}

/** The grants without one (a hand-made role taken away, 002 §3.3), or null when it was not held. */
export function withoutGrant(grants: Grant[], grant: Grant): Grant[] | null {
  const kept = grants.filter((held) => !sameGrant(held, grant));
  return kept.length === grants.length ? null : kept;
}

/**
 * The grants without the view of a child's diary as an interested person (001 §2: the parent who named
 * them takes it back), or null when they were not named for that child.
 */
export function withoutInterestedPerson(grants: Grant[], childId: string): Grant[] | null {
  const kept = grants.filter((grant) => !(grant.role === 'interested_person' && grant.childId === childId));
  return kept.length === grants.length ? null : kept;
}

/** Whether a grant opens a child's diary: the student's own, a parent's, an interested person's (001 §2, 002 §3.8). */
export function opensDiaryOf(childId: string): (grant: Grant) => boolean {
  return (grant) => grant.childId === childId || (grant.role === 'student' && grant.personId === childId);
}

/**
 * What an account made by a school's people import holds (002 §3.3: the administrator keeps the
 * accounts and roles of parents): a parent whose child is on another line of the file is that child's
 * parent at the school; every other account starts with no role.
 */
export function grantsOfImportedAccount(schoolId: string, childId: string | undefined): Grant[] {
  return childId ? [{ role: 'parent', schoolId, childId }] : [];
}

/**
 * A class as identity keeps it: curriculum's class id (a UUID, kept in lower case), or — from older
 * imports — a class name such as «7б», kept in upper case («7Б»).
 */
export function normaliseClassId(value: string): string {
  const tidied = value.trim();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tidied) ? tidied.toLowerCase() : tidied.toUpperCase();
}

const STAFF_ROLES: Role[] = ['region_operator', 'school_admin', 'director', 'deputy_director', 'subject_teacher', 'class_teacher'];

/**
 * Why an existing account may not redeem a code (004 §3.2), or undefined: the one who issued it never
 * does; a member of staff redeems a parent's or student's code only when the school's administrator
 * has confirmed they are the child's parent; a student's code goes only to that student.
 */
export function redemptionRefusal(
  invitation: { role: string; childId: string; issuedBy: string; guardianAccountId?: string },
  account: { _id: string; personId: string; grants: Grant[] },
  person: { kind: string } | null,
): string | undefined {
  if (account._id === invitation.issuedBy) return 'выдавший код не может использовать его сам';
  if (invitation.role === 'student' && account.personId !== invitation.childId) return 'код ученика использует только сам ученик';
  const staff = person?.kind === 'staff' || account.grants.some((grant) => STAFF_ROLES.includes(grant.role));
  if (staff && invitation.role === 'parent' && invitation.guardianAccountId !== account._id) {
    return 'сотрудник школы получает доступ к дневнику ученика как родитель только после подтверждения администратором школы';
  }
  return undefined;
}

/**
 * The grants the school's structure gives a person that they may really hold: a teacher's roles only
 * to a member of that school's staff, a pupil's own only to that pupil of that school. A school's
 * timetable naming someone else's person (another school's teacher, a parent, a pupil) gives nothing.
 */
export function derivedGrantsHeld(person: { kind: string; schoolId?: string } | null, derived: Grant[]): Grant[] {
  if (!person) return [];
  return derived.filter((grant) => grant.schoolId === person.schoolId && (grant.role === 'student' ? person.kind === 'student' : person.kind === 'staff'));
}

/**
 * What an account holds — what its token carries: its own grants and those the school's structure gives
 * its person that they may hold (derivedGrantsHeld), each once. `own`: the grants of the person's
 * accounts in question.
 */
export function grantsHeld(own: Grant[], person: { kind: string; schoolId?: string } | null, derived: Grant[]): Grant[] {
  const all = [...own, ...derivedGrantsHeld(person, derived)];
  return all.filter((grant, index) => all.findIndex((other) => JSON.stringify(other) === JSON.stringify(grant)) === index);
}
