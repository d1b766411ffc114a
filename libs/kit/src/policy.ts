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
  | 'people.list'
  | 'pupil-names.read'
  | 'person.update'
  | 'journal.read'
  | 'journal.edit'
  | 'absence.correct'
  | 'absence.correct-closed'
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
  | 'diary.export'
  | 'messages.use'
  | 'announcement.publish'
  | 'letters.print'
  | 'archive.read'
  | 'archive.manage'
  | 'reports.filling'
  | 'reports.class'
  | 'reports.region';

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
  // 002 §3.3 the administrator keeps the school's people; 000 §9.2, 004 §4.2.4 the class teacher the
  // data of the class's pupils and parents; the director and deputy look people up.
  'people.list': row({ region_operator: 'region', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 000 §9.1: the journal lists its pupils by name — for those who teach or keep the class, names only.
  'pupil-names.read': row({ region_operator: 'deny', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'class', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  'person.update': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  'person.read': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'class', parent: 'child', interested_person: 'deny', student: 'self' }),
  // 002 §3.7 the director reads every journal; 002 §3.4 the class teacher reads all pages of the class;
  // 002 §3.5 the subject teacher the pages of own subjects in own classes.
  'journal.read': row({ region_operator: 'deny', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'subject', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 002 §3.7 the director edits none; 002 §3.4 the class teacher edits none but own lessons;
  // 000 §9.1 a substitute records the lesson they substitute.
  'journal.edit': row({ region_operator: 'deny', school_admin: 'deny', director: 'deny', deputy_director: 'deny', subject_teacher: 'own-lesson', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 000 §9.2, 003 §4.2: the class teacher corrects absence reasons from documents.
  'absence.correct': row({ region_operator: 'deny', school_admin: 'deny', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 004 §4.1, 003 §1.1: once a period is closed, its absences are corrected only by the administrator, with a reason.
  'absence.correct-closed': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
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
  // 002 §2.2: the journal is the channel between the school and the family; messaging decides who may
  // write to whom on its own data (a parent the teachers of their child's class, …).
  'messages.use': row({ region_operator: 'deny', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'school', class_teacher: 'school', parent: 'child', interested_person: 'deny', student: 'self' }),
  // Announcements: the administration to the school, a grade or a class; the class teacher to their class.
  'announcement.publish': row({ region_operator: 'deny', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 000 §9.2, 004 §4.2.4: the class teacher informs families without electronic access on paper.
  'letters.print': row({ region_operator: 'deny', school_admin: 'school', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 002 §5, 003 §5: the archived records of closed periods — the school's administration reads and prints
  // them (002 §3.7 the director controls), teachers those of their own pages and classes; the operator
  // keeps the archive of every school (001 §8).
  'archive.read': row({ region_operator: 'region', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'subject', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // A legal hold and the archive key's rotation: the administrator and the director (002 §3.7 signs), the operator.
  'archive.manage': row({ region_operator: 'region', school_admin: 'school', director: 'school', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 002 §3.6 the deputy monitors the journal's filling, 002 §3.7 the director controls it; the operator
  // sees every school's (001 §9); a teacher their own lessons' (resource teacherId).
  'reports.filling': row({ region_operator: 'region', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'own-lesson', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 003 §4.1, 004 §4.2.4: the class teacher keeps the class's summary sheets and at-risk lists; the
  // administration reads them. Named pupils: not the operator.
  'reports.class': row({ region_operator: 'deny', school_admin: 'school', director: 'school', deputy_director: 'school', subject_teacher: 'deny', class_teacher: 'class', parent: 'deny', interested_person: 'deny', student: 'deny' }),
  // 001 §9: the region's data-quality view across schools (figures, no pupils).
  'reports.region': row({ region_operator: 'region', school_admin: 'deny', director: 'deny', deputy_director: 'deny', subject_teacher: 'deny', class_teacher: 'deny', parent: 'deny', interested_person: 'deny', student: 'deny' }),
};

/** Each role as the school calls it (the OpenAPI document, the web client). */
export const ROLE_TITLES: Record<PolicyRole, string> = {
  region_operator: 'региональный оператор',
  school_admin: 'администратор школы',
  director: 'директор',
  deputy_director: 'заместитель директора',
  subject_teacher: 'учитель-предметник',
  class_teacher: 'классный руководитель',
  parent: 'родитель (законный представитель)',
  interested_person: 'заинтересованное лицо',
  student: 'обучающийся',
};

/** Where a role's right reaches, in words. */
export const SCOPE_TITLES: Record<Scope, string> = {
  region: 'во всех школах региона',
  school: 'в своей школе',
  class: 'в своём классе',
  subject: 'по своему предмету в своём классе или группе',
  'own-lesson': 'на своих уроках (и уроках замены)',
  child: 'о своём ребёнке',
  self: 'о себе',
  deny: 'нет',
};

/** What each action is, in the words of the people who hold the right (problem documents, the OpenAPI document). */
export const ACTION_TITLES: Record<Action, string> = {
  'school.register': 'регистрация школ',
  'school.read': 'сведения о школе',
  'staff.manage': 'ведение сотрудников и учётных записей',
  'students.manage': 'ведение обучающихся',
  'grant.assign': 'назначение ролей',
  'account.revoke': 'блокировка учётных записей',
  'account.reset': 'сброс паролей',
  'invitation.issue': 'выдача кодов приглашения',
  'invitation.list': 'просмотр кодов приглашения класса',
  'audit.read': 'журнал событий безопасности',
  'person.read': 'просмотр сведений о человеке',
  'people.list': 'список людей школы',
  'pupil-names.read': 'имена учеников класса',
  'person.update': 'изменение ФИО и контактов',
  'journal.read': 'просмотр классного журнала',
  'journal.edit': 'ведение журнала своих уроков',
  'absence.correct': 'исправление причин пропусков',
  'absence.correct-closed': 'исправление пропусков закрытого периода',
  'diary.read': 'просмотр дневника',
  'interested-person.name': 'назначение заинтересованного лица',
  'school.configure': 'настройки школы',
  'schedule.manage': 'классы, учебный план, нагрузка и расписание',
  'schedule.read': 'просмотр расписания',
  'roster.read': 'просмотр списков классов',
  'movement.manage': 'движение обучающихся',
  'year.transition': 'закрытие периодов и переход учебного года',
  'inspection.read': 'электронный инспектор',
  'thematic-plan.edit': 'КТП',
  'load.read': 'просмотр нагрузки',
  'mark-change.decide': 'согласование исправлений',
  'diary.export': 'выгрузка в дневник',
  'messages.use': 'сообщения и уведомления',
  'announcement.publish': 'объявления',
  'letters.print': 'информационные письма родителям',
  'archive.read': 'архив закрытых периодов',
  'archive.manage': 'удержание записей архива и ключ подписи',
  'reports.filling': 'контроль заполнения журнала',
  'reports.class': 'отчёты классного руководителя',
  'reports.region': 'мониторинг школ региона',
};

/**
 * The right that lets a caller see what an action changes. A caller refused an action on a thing they
 * can see is told so (403, naming the missing right); a caller who cannot see it is told it is not there.
 */
export const SEEN_THROUGH: Partial<Record<Action, Action>> = {
  'journal.edit': 'journal.read',
  'absence.correct': 'journal.read',
  'absence.correct-closed': 'journal.read',
  'mark-change.decide': 'journal.read',
  'schedule.manage': 'schedule.read',
  'school.configure': 'school.read',
  'year.transition': 'schedule.read',
  'movement.manage': 'roster.read',
  'thematic-plan.edit': 'schedule.read',
  'diary.export': 'school.read',
  'staff.manage': 'people.list',
  'students.manage': 'people.list',
  'grant.assign': 'people.list',
  'account.revoke': 'people.list',
  'account.reset': 'people.list',
  'person.update': 'people.list',
  'invitation.issue': 'people.list',
  'invitation.list': 'people.list',
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

/** May this caller do this action on this resource? A grant past its last day covers nothing. */
export function authorize(principal: Principal, action: Action, resource: Resource = {}, today = new Date().toISOString().slice(0, 10)): boolean {
  const rule = POLICY[action];
  return principal.grants.some((grant) => grant.role !== 'service' && (!grant.until || today <= grant.until) && covers(rule[grant.role], grant, principal, resource));
}
