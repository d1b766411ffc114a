import { weightedAverage } from '@ejournal/school-rules';
/**
 * The diary's read models and how each event changes them. Every function is pure and order-proof:
 * an item is replaced only by a newer version of itself, so replaying events twice or shuffled gives
 * the same documents (the diary of a student equals the sources whatever the delivery).
 * Students appear only under their pseudonymous key.
 */

export interface Placement {
  classId: string;
  groupId: string;
  from: string;
  until: string;
}

/** Where a student is (class and groups) over a year: from curriculum.enrolment.changed. */
export interface StudentPlaces {
  _id: string;
  /** Per year: the school (a parent's grant names it), the roster's version, the placements. */
  years: Array<{ yearId: string; schoolId?: string; rosterVersion: number; placements: Placement[] }>;
  version: number;
}

export interface LessonFacts {
  lessonId: string;
  date: string;
  number: number;
  startsAt: string;
  endsAt: string;
  subjectId: string;
  groupId: string;
  periodId: string;
  teacherId: string;
  substituteTeacherId: string;
  status: string;
  lessonVersion: number;
}

export interface LessonRecord {
  topic: string;
  homework: string;
  noHomework: boolean;
  /** By student key. */
  individualHomework: Array<{ studentKey: string; text: string }>;
  /** Remarks to students (001 §3.2), by student key: each pupil's diary shows its own. */
  remarks?: Array<{ studentKey: string; text: string }>;
  files: Array<{ id: string; name: string; contentType: string; size: number }>;
  recordVersion: number;
}

export type WeekLesson = LessonFacts & Partial<LessonRecord>;

/** A class's lessons of one week with what teachers recorded on them. */
export interface ClassWeek {
  _id: string;
  lessons: WeekLesson[];
  /** Lessons moved to another week, at the version that moved them: an older copy arriving late stays out. */
  movedOut?: Array<{ lessonId: string; lessonVersion: number }>;
  version: number;
}

export interface DiaryMark {
  markId: string;
  lessonId: string;
  subjectId: string;
  periodId: string;
  date: string;
  values: number[];
  passFail: string;
  workKind: string;
  weight: number;
  removed: boolean;
  revision: number;
  /** The teacher's comment (the family sees why). */
  comment?: string;
}

export interface DiaryAbsence {
  lessonId: string;
  code: string;
  revision: number;
}

/** A student's marks and absences of one week. */
export interface StudentWeek {
  _id: string;
  marks: DiaryMark[];
  absences: DiaryAbsence[];
  /**
   * `<classId>:<monday>`: the class whose lesson last changed this week (indexed). The full export reads
   * a class's pupils' weeks by it in one query; a pupil who left the class that week is read by `_id`.
   */
  classWeek?: string;
  version: number;
}

/** A student's marks in one period (current marks by subject). */
export interface StudentPeriod {
  _id: string;
  marks: DiaryMark[];
  /** `<classId>:<periodId>`: the class whose lesson last changed it (indexed), as StudentWeek.classWeek. */
  classPeriod?: string;
  version: number;
}

export interface DiaryFinal {
  subjectId: string;
  periodId: string;
  kind: string;
  value: number;
  pageVersion: number;
  /** «н/а»: not attested. */
  notAttested?: boolean;
}

/** A member of staff's name as the diary shows it (identity.staff.named; names of teachers are not pupils' data). */
export interface StaffName {
  _id: string;
  name: string;
  nameVersion: number;
  version: number;
}

/** «Иванова Мария Петровна» */
export const fullName = (person: { lastName: string; firstName: string; middleName: string }) => [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');

export interface StudentFinals {
  _id: string;
  finals: DiaryFinal[];
  version: number;
}

export { addDays } from '@ejournal/school-rules';

const weekOf = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() || 7) - 1));
  return day.toISOString().slice(0, 10);
};
export { weekOf };

function upsert<T>(items: T[], same: (item: T) => boolean, next: T, newer: (current: T) => boolean): T[] | null {
  const current = items.find(same);
  if (current && !newer(current)) return null;
  return [...items.filter((item) => !same(item)), next];
}

export function withPlacements(places: StudentPlaces, yearId: string, schoolId: string, rosterVersion: number, placements: Placement[]): StudentPlaces | null {
  const years = upsert(places.years, (year) => year.yearId === yearId, { yearId, schoolId, rosterVersion, placements }, (current) => current.rosterVersion < rosterVersion);
  return years ? { ...places, years } : null;
}

/** The schools a student has been in (the diary is opened in one of them). */
export function schoolsOf(places: StudentPlaces | null): string[] {
  return [...new Set((places?.years ?? []).map((year) => year.schoolId ?? '').filter(Boolean))];
}

/** The student's class and groups on a date. */
export function placesOn(places: StudentPlaces | null, date: string): Placement[] {
  return (places?.years ?? []).flatMap((year) => year.placements).filter((placement) => placement.from <= date && (placement.until === '' || date < placement.until));
}

export function withLessonFacts(week: ClassWeek, facts: LessonFacts): ClassWeek | null {
  const current = week.lessons.find((lesson) => lesson.lessonId === facts.lessonId);
  if (current && current.lessonVersion >= facts.lessonVersion) return null;
  if ((week.movedOut ?? []).some((gone) => gone.lessonId === facts.lessonId && gone.lessonVersion >= facts.lessonVersion)) return null;
  const lessons = [...week.lessons.filter((lesson) => lesson.lessonId !== facts.lessonId), { ...current, ...facts }];
  return { ...week, lessons: lessons.sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number) };
}

/** Many lessons' facts at once (a planned batch, or the full export): null when nothing changed. */
export function withLessonsFacts(week: ClassWeek, lessons: LessonFacts[]): ClassWeek | null {
  let next = week;
  for (const facts of lessons) next = withLessonFacts(next, facts) ?? next;
  return next === week ? null : next;
}

/** A moved lesson leaves its old week: an older copy is removed, and one arriving later is kept out. */
export function withoutLesson(week: ClassWeek, lessonId: string, lessonVersion: number): ClassWeek | null {
  const gone = (week.movedOut ?? []).find((entry) => entry.lessonId === lessonId);
  if (gone && gone.lessonVersion >= lessonVersion) return null;
  const current = week.lessons.find((lesson) => lesson.lessonId === lessonId);
  if (current && current.lessonVersion >= lessonVersion) return null;
  return {
    ...week,
    lessons: week.lessons.filter((lesson) => lesson.lessonId !== lessonId),
    movedOut: [...(week.movedOut ?? []).filter((entry) => entry.lessonId !== lessonId), { lessonId, lessonVersion }],
  };
}

/** What the teacher recorded; may arrive before the lesson's facts (kept with a placeholder until they come). */
export function withLessonRecord(week: ClassWeek, lessonId: string, date: string, record: LessonRecord): ClassWeek | null {
  const current = week.lessons.find((lesson) => lesson.lessonId === lessonId);
  if (current?.recordVersion !== undefined && current.recordVersion >= record.recordVersion) return null;
  const base: WeekLesson = current ?? { lessonId, date, number: 0, startsAt: '', endsAt: '', subjectId: '', groupId: '', periodId: '', teacherId: '', substituteTeacherId: '', status: 'planned', lessonVersion: 0 };
  return { ...week, lessons: [...week.lessons.filter((lesson) => lesson.lessonId !== lessonId), { ...base, ...record }].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number) };
}

export function withMark<T extends { marks: DiaryMark[] }>(doc: T, mark: DiaryMark): T | null {
  const marks = upsert(doc.marks, (item) => item.markId === mark.markId, mark, (current) => current.revision < mark.revision);
  return marks ? { ...doc, marks } : null;
}

/** A changed pupil's week filed under the class week it was changed from (StudentWeek.classWeek); null stays null. */
export function filedInClassWeek(week: StudentWeek | null, classId: string, monday: string): StudentWeek | null {
  return week && { ...week, classWeek: `${classId}:${monday}` };
}

/** A changed pupil's period filed under the class it was changed from (StudentPeriod.classPeriod); null stays null. */
export function filedInClassPeriod(period: StudentPeriod | null, classId: string, periodId: string): StudentPeriod | null {
  return period && { ...period, classPeriod: `${classId}:${periodId}` };
}

export function withAbsence(week: StudentWeek, absence: DiaryAbsence): StudentWeek | null {
  const absences = upsert(week.absences, (item) => item.lessonId === absence.lessonId, absence, (current) => current.revision < absence.revision);
  return absences ? { ...week, absences } : null;
}

export function withFinal(finals: StudentFinals, final: DiaryFinal): StudentFinals | null {
  const same = (item: DiaryFinal) => item.subjectId === final.subjectId && item.periodId === final.periodId && item.kind === final.kind;
  const list = upsert(finals.finals, same, final, (current) => current.pageVersion < final.pageVersion);
  return list ? { ...finals, finals: list } : null;
}

/** The weighted average of a subject's marks as the journal shows it (libs/school-rules); 0 without numeric marks. */
export function subjectAverage(marks: DiaryMark[]): number {
  return weightedAverage(marks) ?? 0;
}
