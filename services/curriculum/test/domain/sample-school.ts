// A small school for the domain tests: year 2026/2027 in quarters, 5А and 5Б, three teachers.
import { planAcademicYear, type AcademicYear } from '../../src/domain/academic-year';
import type { Room } from '../../src/domain/catalogue';
import { REGIONAL_SUBJECTS } from '../../src/domain/catalogue';
import type { Curriculum } from '../../src/domain/curriculum';
import { derivedId } from '../../src/domain/ids';
import { emptyRoster, type Roster } from '../../src/domain/roster';
import type { SchoolClass } from '../../src/domain/school-class';
import { defaultSettings } from '../../src/domain/settings';

export const SCHOOL = derivedId('school');
export const TEACHER = { math: derivedId('teacher-math'), rus: derivedId('teacher-rus'), eng1: derivedId('teacher-eng-1'), eng2: derivedId('teacher-eng-2') };
export const STUDENT = (n: number) => derivedId(`student-${n}`);

export const settings = defaultSettings();

export const QUARTERS = [
  { startsOn: '2026-09-01', endsOn: '2026-10-24' },
  { startsOn: '2026-11-05', endsOn: '2026-12-27' },
  { startsOn: '2027-01-12', endsOn: '2027-03-21' },
  { startsOn: '2027-04-01', endsOn: '2027-05-26' },
];
export const HALVES = [
  { startsOn: '2026-09-01', endsOn: '2026-12-27' },
  { startsOn: '2027-01-12', endsOn: '2027-05-26' },
];

export function sampleYear(startYear = 2026): AcademicYear {
  const shift = (date: string) => `${Number(date.slice(0, 4)) + startYear - 2026}${date.slice(4)}`;
  const dates = (periods: typeof QUARTERS) => periods.map((period) => ({ startsOn: shift(period.startsOn), endsOn: shift(period.endsOn) }));
  return planAcademicYear(SCHOOL, { startsOn: shift('2026-09-01'), endsOn: shift('2027-05-26'), periodSets: [{ scheme: 'QUARTERS', periods: dates(QUARTERS) }, { scheme: 'HALF_YEARS', periods: dates(HALVES) }] }, settings);
}

export function sampleClass(year: AcademicYear, grade: number, letter: string, extra: Partial<SchoolClass> = {}): SchoolClass {
  return { _id: derivedId(`${year._id}:${grade}${letter}`), schoolId: SCHOOL, yearId: year._id, grade, letter, name: `${grade}${letter}`, classTeacherId: TEACHER.rus, shift: 1, groups: [], previousClassId: '', version: 1, ...extra };
}

export const ROOMS: Room[] = [
  { id: derivedId('room-12'), name: '12', capacity: 30 },
  { id: derivedId('room-14'), name: '14', capacity: 30 },
  { id: derivedId('room-21'), name: '21', capacity: 15 },
];

export const SUBJECTS = REGIONAL_SUBJECTS;

export function curriculum(year: AcademicYear, grade: number, lines: Array<[string, number]>): Curriculum {
  return { _id: `${year._id}:${grade}`, schoolId: SCHOOL, yearId: year._id, grade, lines: lines.map(([subjectId, hoursPerWeek]) => ({ subjectId, hoursPerWeek, elective: false, passFail: false })), status: 'approved', approvedBy: 'x', approvedAt: new Date(), version: 2 };
}

export function roster(year: AcademicYear): Roster {
  return emptyRoster(year);
}
