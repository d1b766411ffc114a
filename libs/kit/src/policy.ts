import type { Principal, Role } from './principal';

/**
 * The platform's one access policy: which role may do which action, and on what scope its grant
 * must cover the resource. Used by the gateway (before forwarding) and by the services (again, on
 * their own data). Rights per DOMAIN.md, "Who uses it".
 */
export type Action =
  | 'school.register'
  | 'school.read'
  | 'staff.manage'
  | 'students.manage'
  | 'grant.assign'
  | 'account.revoke'
  | 'account.reset'
  | 'invitation.issue'
  | 'invitation.list'
  | 'audit.read'
  | 'person.read'
  | 'journal.read'
  | 'journal.edit'
  | 'absence.correct'
  | 'diary.read'
  | 'interested-person.name'
  | 'school.configure'
  | 'schedule.manage'
  | 'schedule.read'
  | 'roster.read'
  | 'movement.manage'
  | 'year.transition'
  | 'inspection.read'
  | 'thematic-plan.edit'
  | 'load.read'
  | 'mark-change.decide'
  | 'diary.export';

/**
 * How a grant must relate to the resource:
 * region — anywhere; school — same school; class — same school and class; subject — same school,
 * class (or group) and subject; own-lesson — the caller teaches the lesson (or substitutes in it);
 * child — the caller's grant names the student, in the student's school; self — the student is the caller,
 * in their school; deny — never.
 */
export type Scope = 'region' | 'school' | 'class' | 'subject' | 'own-lesson' | 'child' | 'self' | 'deny';

/** What an action is about: the ids that place it. */
export interface Resource {
  schoolId?: string;
  classId?: string;
  groupId?: string;
  subjectId?: string;
  /** The student the data is about. */
  studentId?: string;
  /** The person teaching the lesson (the substitute, when there is one). */
  teacherId?: string;
}

export const ROLES: Role[] = [
  'region_operator',
  'school_admin',
  'director',
  'deputy_director',
  'subject_teacher',
  'class_teacher',
  'parent',
  'interested_person',
  'student',
];

type PolicyRole = Exclude<Role, 'service'>;
const row = (decided: Record<PolicyRole, Scope>) => decided;

/** Every action decided for every role: adding an action without a full row does not compile. */
export const POLICY: Record<Action, Record<PolicyRole, Scope>> = {
  // 001 §8: the regional operator runs the platform for all schools.
  'school.register': row({ region_operator: 'region', school_admin: 'deny', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  'school.read': row({ region_operator: 'region', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'school', class_teacher: 'school', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 002 §3.3: the school administrator keeps accounts and roles of staff, students and parents.
  'staff.manage': row({ region_operator: 'region', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  'students.manage': row({ region_operator: 'region', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  'grant.assign': row({ region_operator: 'region', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 001 §8: revoke a dismissed employee's access.
  'account.revoke': row({ region_operator: 'region', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  'account.reset': row({ region_operator: 'region', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 002 §3.4, 004 §3.2: the class teacher hands out access codes to parents and students.
  'invitation.issue': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  'invitation.list': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  'audit.read': row({ region_operator: 'region', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 000 §9.2: the class teacher keeps student and parent data; parents see only their child (004 §4.3).
  'person.read': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'class', parent: 'child', interested_person: 'deny', student: 'self' }),
  // 002 §3.7 the director reads every journal; 002 §3.4 the class teacher reads all pages of the class;
  // 002 §3.5 the subject teacher the pages of own subjects in own classes.
  'journal.read': row({ region_operator: 'deny', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'subject', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 002 §3.7 the director edits none; 002 §3.4 the class teacher edits none but own lessons;
  // 000 §9.1 a substitute records the lesson they substitute.
  'journal.edit': row({ region_operator: 'deny', school_admin: 'deny', director: 'deny', deputy_director: 'deny', subject_teacher: 'own-lesson', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 000 §9.2, 003 §4.2: the class teacher corrects absence reasons from documents.
  'absence.correct': row({ region_operator: 'deny', school_admin: 'deny', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 001 §2, 002 §3.8, 003 §3.6: parents, the interested person and the student see the diary.
  'diary.read': row({ region_operator: 'deny', school_admin: 'deny', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'child', interested_person: 'child', student: 'self' }),
  // 001 §2: a parent names an interested person.
  'interested-person.name': row({ region_operator: 'deny', school_admin: 'deny', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'child', interested_person: 'deny', student: 'deny' }),
  // 000 §9.4: the deputy director sets the school regime; 002 §3.3 the administrator the bell schedule.
  'school.configure': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'school', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 002 §3.3 the administrator; 000 §9.4, 003 §4.2, 002 §3.6 the deputy director: classes, curriculum,
  // load, timetable, substitutions (004 §4.2.3).
  'schedule.manage': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'school', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // Staff read the school's timetable; parents their child's, the student their own (issue #4).
  'schedule.read': row({ region_operator: 'region', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'school', class_teacher: 'school', parent: 'child', interested_person: 'deny', student: 'self' }),
  // Rosters carry only pseudonymous ids; the names stay behind person.read.
  'roster.read': row({ region_operator: 'region', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'school', class_teacher: 'school', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 002 §3.3, 004 §4.2.3: the administrator keeps students' movement and groups.
  'movement.manage': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 004 §4.2.3: the administrator closes the year and performs the transition.
  'year.transition': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 001 §9.1 the electronic inspector; 002 §3.6 the deputy monitors; 002 §3.7 the director controls.
  'inspection.read': row({ region_operator: 'deny', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 003 §4.2, 004 §4.2.5: the teacher writes the КТП of own subjects; the deputy approves it.
  'thematic-plan.edit': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'school', subject_teacher: 'own-lesson', class_teacher: 'own-lesson', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // Teachers read their own load.
  'load.read': row({ region_operator: 'deny', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'own-lesson', class_teacher: 'own-lesson', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 004 §4.1: a mark already given changes only with the administrator's permission.
  'mark-change.decide': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 000 §5, 001 §9.2.2: the full export to the diary, on demand by the school's administrator (and the operator).
  'diary.export': row({ region_operator: 'region', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
};

function covers(scope: Scope, grant: Principal['grants'][number], principal: Principal, resource: Resource): boolean {
  const sameSchool = grant.schoolId !== undefined && grant.schoolId === resource.schoolId;
  switch (scope) {
    case 'region':
      return true;
    case 'school':
      return sameSchool;
    case 'class':
      return sameSchool && grant.classId !== undefined && grant.classId === resource.classId;
    case 'subject':
      // A group's teacher has the group's pages only, even when the grant names the class too.
      return (
        sameSchool &&
        grant.subjectId !== undefined &&
        grant.subjectId === resource.subjectId &&
        (grant.groupId !== undefined ? grant.groupId === resource.groupId : grant.classId !== undefined && grant.classId === resource.classId)
      );
    case 'own-lesson':
      return sameSchool && principal.personId !== undefined && principal.personId === resource.teacherId;
    case 'child':
      return sameSchool && grant.childId !== undefined && grant.childId === resource.studentId;
    case 'self':
      return sameSchool && grant.personId !== undefined && grant.personId === resource.studentId;
    case 'deny':
      return false;
  }
}

/** May this caller do this action on this resource? */
export function authorize(principal: Principal, action: Action, resource: Resource = {}): boolean {
  const rule = POLICY[action];
  return principal.grants.some((grant) => grant.role !== 'service' && covers(rule[grant.role], grant, principal, resource));
}
