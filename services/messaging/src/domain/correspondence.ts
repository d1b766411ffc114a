import type { Grant, Principal } from '@ejournal/kit';

/** A person of the school as messaging knows them (from identity's directory): kind, name, class, grants in the school. */
export interface Member {
  personId: string;
  kind: string;
  lastName: string;
  firstName: string;
  middleName: string;
  /** A pupil's class. */
  classId: string;
  grants: Grant[];
}

/** The school's people, as one read of identity's directory. */
export interface SchoolDirectory {
  schoolId: string;
  members: Map<string, Member>;
  /** Class names by id («5А»), for the relations shown to people. */
  classNames: Map<string, string>;
}

export interface Correspondent {
  personId: string;
  name: string;
  relation: string;
}

const ADMINISTRATION = new Set(['school_admin', 'director', 'deputy_director']);
const TEACHING = new Set(['subject_teacher', 'class_teacher']);

/** «Иванова Мария Петровна». */
export function fullName(member: Pick<Member, 'lastName' | 'firstName' | 'middleName'>): string {
  return [member.lastName, member.firstName, member.middleName].filter(Boolean).join(' ');
}

const grantsIn = (grants: Grant[], schoolId: string) => grants.filter((grant) => grant.schoolId === schoolId);
const isAdministration = (grants: Grant[]) => grants.some((grant) => ADMINISTRATION.has(grant.role));
/** Staff of this school: by the grants they hold in it (a teacher of another school who is a parent here is a parent here). */
const isStaff = (member: Member) => member.grants.some((grant) => ADMINISTRATION.has(grant.role) || TEACHING.has(grant.role));
/** Who may take part in conversations: staff, parents, pupils with their own account (not an interested person). */
const converses = (member: Member) => member.grants.some((grant) => ADMINISTRATION.has(grant.role) || TEACHING.has(grant.role) || grant.role === 'parent' || grant.role === 'student');
/** The classes a member of staff teaches or keeps. */
const taughtClasses = (grants: Grant[]) => new Set(grants.filter((grant) => TEACHING.has(grant.role) && grant.classId).map((grant) => grant.classId!));
const childrenOf = (grants: Grant[]) => grants.filter((grant) => grant.role === 'parent' && grant.childId).map((grant) => grant.childId!);

/** The pupils' classes a member's relation runs through: their own class, their children's classes. */
function familyClasses(member: Member, directory: SchoolDirectory): Set<string> {
  const classes = new Set<string>();
  if (member.kind === 'student' && member.classId) classes.add(member.classId);
  for (const childId of childrenOf(member.grants)) {
    const child = directory.members.get(childId);
    if (child?.classId) classes.add(child.classId);
  }
  return classes;
}

/** What a member is to a family of these classes, in the school's words. */
function staffRelation(member: Member, classes: Set<string>, directory: SchoolDirectory): string {
  const keeps = member.grants.find((grant) => grant.role === 'class_teacher' && grant.classId && classes.has(grant.classId));
  if (keeps) return `классный руководитель ${directory.classNames.get(keeps.classId!) ?? ''}`.trim();
  if (isAdministration(member.grants)) {
    if (member.grants.some((grant) => grant.role === 'director')) return 'директор';
    if (member.grants.some((grant) => grant.role === 'deputy_director')) return 'заместитель директора';
    return 'администрация школы';
  }
  return 'учитель';
}

/** A pupil or parent as the school sees them; a parent by their children in `classes` only when given (a teacher sees no more of a family than their own classes). */
function familyRelation(member: Member, directory: SchoolDirectory, classes?: Set<string>): string {
  if (member.kind === 'student') return `ученик ${directory.classNames.get(member.classId) ?? ''}`.trim();
  const children = childrenOf(member.grants)
    .map((childId) => directory.members.get(childId))
    .filter((child): child is Member => Boolean(child) && (!classes || classes.has(child!.classId)));
  return children.length > 0 ? `родитель: ${children.map((child) => `${child.lastName} ${child.firstName}`).join(', ')}` : 'родитель';
}

/**
 * Who the caller may write to in the school (002 §2.2; the issue's rules): a parent — the teachers of
 * their child's class, its class teacher and the administration; a student — their teachers and class
 * teacher; a teacher — the pupils and parents of the classes they teach and their colleagues; the
 * administration — anyone of the school. No parent-to-parent or pupil-to-stranger channel. The caller's
 * own grants come from their token (current); the others' from the directory.
 */
export function correspondentsOf(caller: Principal, directory: SchoolDirectory): Correspondent[] {
  const own = grantsIn(caller.grants, directory.schoolId);
  if (own.length === 0) return [];
  const self = caller.personId ?? '';
  const result: Correspondent[] = [];
  // Only people who can read it: a pupil without an account of their own is written to through their parents.
  const add = (member: Member, relation: string) => {
    if (member.personId !== self && converses(member)) result.push({ personId: member.personId, name: fullName(member), relation });
  };
  const staffCaller = own.some((grant) => ADMINISTRATION.has(grant.role) || TEACHING.has(grant.role));
  if (staffCaller) {
    const wholeSchool = isAdministration(own);
    const classes = taughtClasses(own);
    for (const member of directory.members.values()) {
      if (isStaff(member)) add(member, isAdministration(member.grants) ? staffRelation(member, new Set(), directory) : 'коллега');
      else if (wholeSchool || [...familyClasses(member, directory)].some((classId) => classes.has(classId))) add(member, familyRelation(member, directory, wholeSchool ? undefined : classes));
    }
    return sortByName(result);
  }
  // A family: the parent's children, or the pupil themself (an interested person reads the diary only).
  if (!own.some((grant) => grant.role === 'parent' || grant.role === 'student')) return [];
  const callerAsMember: Member = { personId: self, kind: own.some((grant) => grant.role === 'student') ? 'student' : 'parent', lastName: '', firstName: '', middleName: '', classId: directory.members.get(self)?.classId ?? '', grants: own };
  const classes = familyClasses(callerAsMember, directory);
  const isPupil = callerAsMember.kind === 'student';
  for (const member of directory.members.values()) {
    if (!isStaff(member)) continue;
    const teachesTheClass = [...taughtClasses(member.grants)].some((classId) => classes.has(classId));
    if (teachesTheClass || (!isPupil && isAdministration(member.grants))) add(member, staffRelation(member, classes, directory));
  }
  return sortByName(result);
}

const sortByName = (people: Correspondent[]) => people.sort((a, b) => a.name.localeCompare(b.name, 'ru'));

/** How a member presents in a thread: «классный руководитель 5А», «учитель», «родитель: Иванов Пётр», «ученик 5А». */
export function describe(member: Member, directory: SchoolDirectory): string {
  return isStaff(member) ? staffRelation(member, taughtClasses(member.grants), directory) : familyRelation(member, directory);
}

/**
 * The family of a pupil a notice about them goes to: the pupil (their own account) and their parents.
 * Interested persons read the diary but get no notices.
 */
export function familyOf(studentId: string, directory: SchoolDirectory): string[] {
  const family: string[] = [];
  for (const member of directory.members.values()) {
    if (member.personId === studentId && member.grants.length > 0) family.push(member.personId);
    else if (member.grants.some((grant) => grant.role === 'parent' && grant.childId === studentId)) family.push(member.personId);
  }
  return family;
}

/** The pupils of a class, by the directory. */
export function pupilsOf(classId: string, directory: SchoolDirectory): string[] {
  return [...directory.members.values()].filter((member) => member.kind === 'student' && member.classId === classId).map((member) => member.personId);
}

/** The school's administration — administrator, director, deputies (reports of abuse go to them). */
export function administrationOf(directory: SchoolDirectory): string[] {
  return [...directory.members.values()].filter((member) => isAdministration(member.grants)).map((member) => member.personId);
}

/**
 * Whether these recipients belong to more than one family (no child in common): a thread shows its
 * participants to each other, and a family sees only its own — to many families, an announcement.
 */
export function severalFamilies(recipientIds: string[], directory: SchoolDirectory): boolean {
  const families = recipientIds
    .map((id) => directory.members.get(id))
    .filter((member): member is Member => Boolean(member) && !isStaff(member!))
    .map((member) => new Set(member.kind === 'student' ? [member.personId] : childrenOf(member.grants)));
  if (families.length < 2) return false;
  const [first, ...rest] = families;
  return ![...first].some((child) => rest.every((family) => family.has(child)));
}
