import { REGIONAL_SUBJECT_CATALOGUE } from '@ejournal/contracts';
import { MATHEMATICAL_ROUNDING, type FinalRules, type WrittenWorkKind } from '@ejournal/school-rules';
import { later } from './moments';

/** The rules a summary sheet applies (libs/school-rules' final rule), as curriculum's school settings carry them. */
export type SheetRules = FinalRules & { workKinds: WrittenWorkKind[] };

/** The school's rules, or the regulation's where it set none yet (004 §5, 000 §9.1). */
export function sheetRulesOf(school: Pick<SchoolFacts, 'rules'> | null): SheetRules {
  return school?.rules ?? { lowestMark: 2, rounding: MATHEMATICAL_ROUNDING, workKinds: [] };
}

/** What the reports know of a school: its names, municipality, time zone, rules and subjects' names. */
export interface SchoolFacts {
  _id: string;
  version: number;
  name: string;
  shortName: string;
  municipality: string;
  timeZone: string;
  rules: SheetRules | null;
  subjects: Array<{ subjectId: string; name: string }>;
  /** Which grades count their year in which periods (quarters in 1–9, half-years in 10–11 by default); absent in documents kept before it was. */
  periodSchemes?: PeriodSchemeRange[];
  /** The version of the registration (names) and of the settings applied: each changes only with a newer one. */
  nameVersion: number;
  settingsVersion: number;
  asOf: string;
}

export const blankSchool = (schoolId: string): SchoolFacts => ({ _id: schoolId, version: 0, name: '', shortName: '', municipality: '', timeZone: '', rules: null, subjects: [], nameVersion: 0, settingsVersion: 0, asOf: '' });

/** Grades fromGrade–toGrade count their year in periods of this scheme (QUARTERS, TRIMESTERS, HALF_YEARS). */
export interface PeriodSchemeRange {
  fromGrade: number;
  toGrade: number;
  scheme: string;
}

/** The period scheme of a grade in the school (undefined when the school's settings or the grade are not known yet). */
export function schemeOfGrade(school: Pick<SchoolFacts, 'periodSchemes'> | null, grade: number | undefined): string | undefined {
  if (!grade) return undefined;
  return school?.periodSchemes?.find((range) => range.fromGrade <= grade && grade <= range.toGrade)?.scheme;
}

/** A period of a year as the reports keep it: closed or not, by the year's version of the last closure or reopening. */
export interface KeptPeriod {
  id: string;
  name: string;
  number: number;
  scheme: string;
  startsOn: string;
  endsOn: string;
  closed: boolean;
  stateVersion: number;
}

export interface YearFacts {
  _id: string;
  version: number;
  schoolId: string;
  startsOn: string;
  endsOn: string;
  periods: KeptPeriod[];
  openedVersion: number;
  asOf: string;
}

export const blankYear = (yearId: string, schoolId: string): YearFacts => ({ _id: yearId, version: 0, schoolId, startsOn: '', endsOn: '', periods: [], openedVersion: 0, asOf: '' });

interface PeriodFact {
  id: string;
  name: string;
  number: number;
  scheme: string;
  startsOn: string;
  endsOn: string;
}

/** The year as opened (dates and periods); what closures said of its periods stays. */
export function withOpenedYear(year: YearFacts, opened: { startsOn: string; endsOn: string; periods: PeriodFact[] }, version: number, at: string): YearFacts | null {
  if (year.openedVersion >= version) return null;
  const periods = opened.periods.map((period) => {
    const known = year.periods.find((item) => item.id === period.id);
    return { ...period, closed: known?.closed ?? false, stateVersion: known?.stateVersion ?? 0 };
  });
  return { ...year, startsOn: opened.startsOn, endsOn: opened.endsOn, periods, openedVersion: version, asOf: later(at, year.asOf) };
}

/** The period closed (or reopened) by the year's version; an older or repeated event changes nothing. */
export function withPeriodState(year: YearFacts, period: PeriodFact, closed: boolean, version: number, at: string): YearFacts | null {
  const known = year.periods.find((item) => item.id === period.id);
  if (known && known.stateVersion >= version) return null;
  const next: KeptPeriod = { ...(known ?? { ...period, closed: false, stateVersion: 0 }), closed, stateVersion: version };
  return { ...year, periods: [...year.periods.filter((item) => item.id !== period.id), next].sort((a, b) => a.startsOn.localeCompare(b.startsOn)), asOf: later(at, year.asOf) };
}

/** Periods whose last day has passed and that are not closed (001 §9: the region sees who has not closed). */
export function unclosedPeriods(year: YearFacts, today: string): KeptPeriod[] {
  return year.periods.filter((period) => !period.closed && period.endsOn !== '' && period.endsOn < today);
}

/**
 * The period a class report is about when none is asked: of the class's own scheme (a year has quarters
 * for grades 1–9 and half-years for 10–11 side by side), the one going on, else the last ended, else the first.
 */
export function defaultPeriod(year: YearFacts | null, today: string, scheme?: string): KeptPeriod | undefined {
  const ofScheme = year?.periods.filter((item) => item.scheme === scheme) ?? [];
  const periods = ofScheme.length > 0 ? ofScheme : (year?.periods ?? []);
  return periods.find((item) => item.startsOn <= today && today <= item.endsOn) ?? periods.filter((item) => item.endsOn < today).at(-1) ?? periods[0];
}

/** A class as the reports name it. */
export interface ClassFacts {
  _id: string;
  version: number;
  schoolId: string;
  yearId: string;
  name: string;
  /** The class's grade (1–11); absent in documents kept before it was. */
  grade?: number;
  classTeacherId: string;
  factVersion: number;
}

/** Subjects' names: the regional catalogue's (every school has them) and the school's own. */
export function subjectNames(school: Pick<SchoolFacts, 'subjects'> | null): Map<string, string> {
  return new Map([...REGIONAL_SUBJECT_CATALOGUE.map((subject): [string, string] => [subject.id, subject.name]), ...(school?.subjects ?? []).map((subject): [string, string] => [subject.subjectId, subject.name])]);
}
