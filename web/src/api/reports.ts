// The reports service as the client reads it (proto/ejournal/reports/v1/reports.proto, through the
// gateway's /reports routes): filling control, the class's summary sheet and its chart, the class's
// attendance, the region's view.
// Who may ask for which report follows the platform's policy (reports.filling, reports.class, reports.region).
import type { Me } from './me';

export interface FillingLine {
  teacherId: string;
  teacherName: string;
  classId: string;
  className: string;
  subjectId: string;
  subjectName: string;
  groupId: string;
  lessonsHeld: number;
  withoutTopic: number;
  withoutHomework: number;
  recordedLate: number;
  pupilsWithoutMarks: number;
  pupilsWithOneMark: number;
  /** Marks of the period set after their kind of work's deadline (per class × subject only). */
  marksLate?: number;
  /** Program completion (per class × subject): the КТП's hours for the year (0: none approved), lessons given by the interval's end, still planned, short of the КТП. */
  planHours?: number;
  lessonsGiven?: number;
  lessonsLeft?: number;
  lessonsShort?: number;
  /** Requests to change a mark still waiting for the administrator (the teacher's, or the page's), now. */
  openChangeRequests?: number;
}

export interface OpenLesson {
  lessonId: string;
  date: string;
  className: string;
  subjectName: string;
  teacherId: string;
  teacherName: string;
  /** "topic", "homework". */
  missing: string[];
}

export interface WeekShare {
  /** The week's Monday. */
  week: string;
  teachers: number;
  onTime: number;
  /** 0..1 */
  share: number;
}

export interface FillingControl {
  schoolId: string;
  from: string;
  to: string;
  /** RFC 3339; empty while the report holds no data. */
  currentTo: string;
  byTeacher: FillingLine[];
  byClassSubject: FillingLine[];
  openLessons: OpenLesson[];
  weeks: WeekShare[];
}

export interface SummaryCell {
  subjectId: string;
  /** Two decimals; 0 without numeric marks. */
  average: number;
  /** 0 without marks. */
  proposed: number;
  /** 0 when not set. */
  final: number;
  marks: number;
  notEnoughMarks: boolean;
  notAttested: boolean;
}

export interface SummaryPupil {
  studentId: string;
  name: string;
  cells: SummaryCell[];
  absences: number;
  risks: string[];
}

export interface SummarySheet {
  schoolId: string;
  classId: string;
  className: string;
  periodId: string;
  periodName: string;
  currentTo: string;
  subjects: Array<{ subjectId: string; name: string }>;
  pupils: SummaryPupil[];
  withTwo: string[];
  withOneThree: string[];
  excellent: string[];
  atRisk: string[];
}

/** Absences of one reason: Н (no good reason), Б (illness), У (excused), О (late)… */
export interface CodeCount {
  code: string;
  count: number;
}

export interface SubjectCount {
  subjectId: string;
  subjectName: string;
  count: number;
}

export interface AttendancePupil {
  studentId: string;
  name: string;
  byCode: CodeCount[];
  bySubject: SubjectCount[];
  total: number;
}

/** A class's absences over an interval (both days included): pupils × reasons, and by subject. */
export interface AttendanceSheet {
  schoolId: string;
  classId: string;
  className: string;
  from: string;
  to: string;
  /** RFC 3339; empty while the report holds no data. */
  currentTo: string;
  /** The reasons that occur, in the order of the regulation (Н, Б, У, then the rest). */
  codes: string[];
  pupils: AttendancePupil[];
  totals: CodeCount[];
}

export interface SchoolFilling {
  schoolId: string;
  name: string;
  municipality: string;
  lessonsHeld: number;
  withoutTopic: number;
  withoutHomework: number;
  recordedLate: number;
  /** 0..1 */
  filledShare: number;
  unclosedPeriods: string[];
  /** Diary openings in the interval's weeks, per week on average, and pupils whose diary was opened per week on average. */
  diaryOpenings?: number;
  diaryOpeningsPerWeek?: number;
  pupilsOpenedPerWeek?: number;
  /** Pupils in a class now, and those without a parent connected to the diary. */
  pupils?: number;
  pupilsWithoutParents?: number;
}

export interface MunicipalityFilling {
  municipality: string;
  schools: number;
  lessonsHeld: number;
  withoutTopic: number;
  filledShare: number;
  schoolsWithUnclosedPeriods: number;
}

export interface RegionOverview {
  from: string;
  to: string;
  currentTo: string;
  schools: SchoolFilling[];
  municipalities: MunicipalityFilling[];
}

/** The school's administration: it sees the whole school's reports. */
export const ADMINISTRATION = ['school_admin', 'director', 'deputy_director'];

export interface ReportAccess {
  /** Schools whose filling control the caller reads: the administration's whole school, a teacher's own lessons. */
  fillingSchools: string[];
  /** Schools the caller administers (whole-school figures, any class's summary sheet and attendance). */
  managedSchools: string[];
  /** The classes the caller keeps as class teacher (their summary sheets and attendance). */
  keptClasses: string[];
  /** The regional operator: the region's view, and any school's filling control. */
  region: boolean;
}

/** Which reports the caller's grants open (002 §3.6, 003 §4.1, 001 §9). */
export function reportAccess(me: Me): ReportAccess {
  const schoolsOf = (roles: string[]) => [...new Set(me.grants.filter((grant) => roles.includes(grant.role) && grant.schoolId).map((grant) => grant.schoolId!))];
  const managedSchools = schoolsOf(ADMINISTRATION);
  return {
    managedSchools,
    fillingSchools: [...new Set([...managedSchools, ...schoolsOf(['subject_teacher'])])],
    keptClasses: [...new Set(me.grants.filter((grant) => grant.role === 'class_teacher' && grant.classId).map((grant) => grant.classId!))],
    region: me.grants.some((grant) => grant.role === 'region_operator'),
  };
}

export const mayReadFilling = (access: ReportAccess) => access.fillingSchools.length > 0 || access.region;
export const mayReadSummary = (access: ReportAccess) => access.managedSchools.length > 0 || access.keptClasses.length > 0;
/** A class's attendance: the same readers as its summary sheet. */
export const mayReadAttendance = mayReadSummary;
export const mayReadMovements = mayReadSummary;

/** One line of the movement book as the class's list shows it. */
export interface ClassMovement {
  date: string;
  studentId: string;
  name: string;
  kind: string;
  /** «перевод в другой класс», «прибытие из другой школы»… */
  kindName: string;
  /** Into this class (прибыл) or out of it (выбыл). */
  arrival: boolean;
  otherClassName: string;
  orderNumber: string;
}

/** The class's movement list of a period or an interval (004 §4.2.4). */
export interface MovementList {
  schoolId: string;
  classId: string;
  className: string;
  from: string;
  to: string;
  periodName: string;
  currentTo: string;
  onStart: number;
  arrived: number;
  left: number;
  onEnd: number;
  movements: ClassMovement[];
}

/** The first report the caller's «Отчёты» opens; null when none is theirs. */
export function reportsHome(access: ReportAccess): string | null {
  if (access.fillingSchools.length > 0) return '/reports/filling';
  if (access.keptClasses.length > 0) return '/reports/summary';
  if (access.region) return '/reports/region';
  return null;
}

/** "?from=…&to=…" of the parameters given (empty ones left out). */
export function queryString(params: Record<string, string>): string {
  const search = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ''));
  const text = search.toString();
  return text ? `?${text}` : '';
}
