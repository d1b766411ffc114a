// What the school year's set-up reads: the year, its classes, the school's staff and catalogue, the
// curriculum of each grade, the teachers' load, the timetables, the КТП and the electronic inspector's findings.
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, ApiError } from './client';

export interface YearPeriod {
  id: string;
  name: string;
  scheme: string;
  startsOn: string;
  endsOn: string;
  closedOn: string;
}

export interface SchoolYear {
  id: string;
  schoolId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: string;
  periods: YearPeriod[];
}

export interface ClassGroup {
  id: string;
  subjectId: string;
  name: string;
}

export interface YearClass {
  id: string;
  name: string;
  grade: number;
  letter: string;
  classTeacherId: string;
  shift: number;
  groups: ClassGroup[];
}

export interface CurriculumLine {
  subjectId: string;
  hoursPerWeek: number;
  elective: boolean;
  passFail: boolean;
}

export interface Curriculum {
  grade: number;
  lines: CurriculumLine[];
  status: string;
}

export interface LoadAssignment {
  teacherId: string;
  subjectId: string;
  classId: string;
  groupId: string;
  hoursPerWeek: number;
}

export interface TimetableEntry {
  weekday: number;
  lessonNumber: number;
  subjectId: string;
  groupId: string;
  teacherId: string;
  roomId: string;
}

export interface WeeklyTimetable {
  id: string;
  validFrom: string;
  validTo: string;
  entries: TimetableEntry[];
}

export interface ThematicPlan {
  id: string;
  grade: number;
  subjectId: string;
  teacherId: string;
  topics: Array<{ number: number; title: string; hours: number }>;
  totalHours: number;
  curriculumHours: number;
  status: string;
}

export interface Finding {
  code: string;
  message: string;
  classIds: string[];
  subjectId: string;
  teacherId: string;
  groupId: string;
  studentId: string;
  grade: number;
}

export interface StaffMember {
  id: string;
  name: string;
}

/** Five minutes: what the set-up reads changes only by the administration's own hand, which refreshes it. */
const KEPT = 300_000;

export const useYear = (yearId: string) => useQuery({ queryKey: ['year', yearId], queryFn: () => api<SchoolYear>(`/years/${yearId}`), staleTime: KEPT });

export function useYearClasses(yearId: string) {
  return useQuery({
    queryKey: ['classes', yearId],
    queryFn: async () => (await api<{ classes: YearClass[] }>(`/years/${yearId}/classes`)).classes.sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'ru')),
    staleTime: KEPT,
  });
}

/** The school's staff by name («Иванова Мария Петровна»), alphabetically. */
export function useStaff(schoolId: string) {
  return useQuery({
    queryKey: ['staff', schoolId],
    queryFn: async () => {
      const { people } = await api<{ people: Array<{ id: string; lastName: string; firstName: string; middleName: string }> }>(`/schools/${schoolId}/people?kind=staff&limit=200`);
      return people.map((person): StaffMember => ({ id: person.id, name: [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ') })).sort((a, b) => a.name.localeCompare(b.name, 'ru'));
    },
    enabled: Boolean(schoolId),
    staleTime: KEPT,
  });
}

export function useRooms(schoolId: string) {
  return useQuery({
    queryKey: ['rooms', schoolId],
    queryFn: async () => (await api<{ rooms: Array<{ id: string; name: string }> }>(`/schools/${schoolId}/catalogue`)).rooms,
    enabled: Boolean(schoolId),
    staleTime: KEPT,
  });
}

export interface SchoolSettings {
  workingWeekdays: number[];
  bellSchedules: Array<{ shift: number; bells: Array<{ number: number; startsAt: string; endsAt: string }> }>;
  lastGrade: number;
  studyWeeks: number;
  studyWeeksFirstGrade: number;
  periodSchemes: Array<{ fromGrade: number; toGrade: number; scheme: string }>;
}

/** The year's hours of a subject taught `hoursPerWeek` a week, as the server counts them: the study weeks of the school's settings (the 1st grade's own). */
export function yearHours(hoursPerWeek: number, grade: number, settings: SchoolSettings | undefined): number | undefined {
  const weeks = settings ? (grade === 1 ? settings.studyWeeksFirstGrade : settings.studyWeeks) : undefined;
  return weeks ? Math.round(hoursPerWeek * weeks * 100) / 100 : undefined;
}

export const useSettings = (schoolId: string) =>
  useQuery({ queryKey: ['settings', schoolId], queryFn: () => api<SchoolSettings>(`/schools/${schoolId}/settings`), enabled: Boolean(schoolId), staleTime: KEPT });

const curriculumKey = (yearId: string, grade: number) => ['curriculum', yearId, grade];

/** A grade's curriculum, or null while it has none. */
async function curriculumOf(yearId: string, grade: number): Promise<Curriculum | null> {
  try {
    return await api<Curriculum>(`/years/${yearId}/curriculum/${grade}`);
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 404) return null;
    throw failure;
  }
}

export const useCurriculum = (yearId: string, grade: number) => useQuery({ queryKey: curriculumKey(yearId, grade), queryFn: () => curriculumOf(yearId, grade), enabled: grade > 0, staleTime: KEPT });

/** The curricula of several grades at once (the set-up's checklist). */
export function useCurricula(yearId: string, grades: number[]) {
  return useQueries({ queries: grades.map((grade) => ({ queryKey: curriculumKey(yearId, grade), queryFn: () => curriculumOf(yearId, grade), staleTime: KEPT })) });
}

/** The year's load; with `teacherId` that teacher's only (all a teacher may read of it). */
export const useLoad = (yearId: string, teacherId = '') =>
  useQuery({
    queryKey: teacherId ? ['load', yearId, teacherId] : ['load', yearId],
    queryFn: async () => (await api<{ assignments: LoadAssignment[] }>(`/years/${yearId}/load${teacherId ? `?teacherId=${encodeURIComponent(teacherId)}` : ''}`)).assignments,
    staleTime: KEPT,
  });

export const useTimetable = (classId: string) =>
  useQuery({ queryKey: ['timetable', classId], queryFn: async () => (await api<{ timetables: WeeklyTimetable[] }>(`/classes/${classId}/timetable`)).timetables, enabled: Boolean(classId), staleTime: KEPT });

/** The year's КТП, asked again on every visit: teachers write their own, the administration approves them. */
export const usePlans = (yearId: string) =>
  useQuery({ queryKey: ['plans', yearId], queryFn: async () => (await api<{ plans: ThematicPlan[] }>(`/years/${yearId}/thematic-plans`)).plans, staleTime: 0 });

/** The inspector's findings on a date (the timetable and rosters in force then); asked again on every visit. */
export const useInspection = (yearId: string, onDate: string) =>
  useQuery({ queryKey: ['inspection', yearId, onDate], queryFn: () => api<{ findings: Finding[]; clean: boolean }>(`/years/${yearId}/inspection?onDate=${onDate}`), staleTime: 0 });

/** The set-up's queries a change of `what` makes stale. */
export const SETUP_KEYS = {
  classes: (yearId: string) => ['classes', yearId],
  load: (yearId: string) => ['load', yearId],
  plans: (yearId: string) => ['plans', yearId],
  curriculum: curriculumKey,
  inspection: (yearId: string) => ['inspection', yearId],
};
