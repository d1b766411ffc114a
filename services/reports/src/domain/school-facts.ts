import { REGIONAL_SUBJECT_CATALOGUE } from '@ejournal/contracts';

/** The rules a summary sheet applies, as curriculum's school settings carry them. */
export interface SheetRules {
  lowestMark: number;
  rounding: { fiveFrom: number; fourFrom: number; threeFrom: number };
  minimumMarks?: { quarter: number; trimester: number; halfYear: number; written: number };
  workKinds: Array<{ code: string; written: boolean }>;
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
  /** The version of the registration (names) and of the settings applied: each changes only with a newer one. */
  nameVersion: number;
  settingsVersion: number;
  asOf: string;
}

export const blankSchool = (schoolId: string): SchoolFacts => ({ _id: schoolId, version: 0, name: '', shortName: '', municipality: '', timeZone: '', rules: null, subjects: [], nameVersion: 0, settingsVersion: 0, asOf: '' });

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
  return { ...year, startsOn: opened.startsOn, endsOn: opened.endsOn, periods, openedVersion: version, asOf: at > year.asOf ? at : year.asOf };
}

/** The period closed (or reopened) by the year's version; an older or repeated event changes nothing. */
export function withPeriodState(year: YearFacts, period: PeriodFact, closed: boolean, version: number, at: string): YearFacts | null {
  const known = year.periods.find((item) => item.id === period.id);
  if (known && known.stateVersion >= version) return null;
  const next: KeptPeriod = { ...(known ?? { ...period, closed: false, stateVersion: 0 }), closed, stateVersion: version };
  return { ...year, periods: [...year.periods.filter((item) => item.id !== period.id), next].sort((a, b) => a.startsOn.localeCompare(b.startsOn)), asOf: at > year.asOf ? at : year.asOf };
}

/** Periods whose last day has passed and that are not closed (001 §9: the region sees who has not closed). */
export function unclosedPeriods(year: YearFacts, today: string): KeptPeriod[] {
  return year.periods.filter((period) => !period.closed && period.endsOn !== '' && period.endsOn < today);
}

/** The period a date falls in. */
export function periodOn(years: YearFacts[], date: string): { year: YearFacts; period: KeptPeriod } | null {
  for (const year of years) for (const period of year.periods) if (period.startsOn <= date && date <= period.endsOn) return { year, period };
  return null;
}

/** A class as the reports name it. */
export interface ClassFacts {
  _id: string;
  version: number;
  schoolId: string;
  yearId: string;
  name: string;
  classTeacherId: string;
  factVersion: number;
}

/** Subjects' names: the regional catalogue's (every school has them) and the school's own. */
export function subjectNames(school: Pick<SchoolFacts, 'subjects'> | null): Map<string, string> {
  return new Map([...REGIONAL_SUBJECT_CATALOGUE.map((subject): [string, string] => [subject.id, subject.name]), ...(school?.subjects ?? []).map((subject): [string, string] => [subject.subjectId, subject.name])]);
}
