import { randomUUID } from 'node:crypto';
import { Conflict, FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { addDays, daysBetween, parseDate, russianDate, type IsoDate } from './dates';
import { PERIODS_IN_SCHEME, schemeOfGrade, type PeriodScheme, type SchoolSettings } from './settings';

export interface Period {
  id: string;
  name: string;
  scheme: PeriodScheme;
  number: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  /** Empty while the period is open. */
  closedOn: IsoDate | '';
  /** Every closing and reopening: who, when, why (a reopening needs a reason). */
  history?: Array<{ action: 'closed' | 'reopened'; on: IsoDate; by: string; reason: string }>;
}

export interface AcademicYear {
  _id: string;
  schoolId: string;
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  periods: Period[];
  status: 'open' | 'transitioned';
  nextYearId: string;
  version: number;
}

export interface YearPlan {
  startsOn: string;
  endsOn: string;
  periodSets: Array<{ scheme: string; periods: Array<{ startsOn: string; endsOn: string }> }>;
}

/**
 * A new academic year with its periods, checked: the year lies within 1 July – 30 June (a Russian school
 * year), lasts at least 30 weeks, and every scheme the school's grades use has its periods, in order,
 * not overlapping, inside the year (001 §9.1).
 */
export function planAcademicYear(schoolId: string, plan: YearPlan, settings: SchoolSettings): AcademicYear {
  const startsOn = parseDate(plan.startsOn, 'startsOn', 'начало учебного года');
  const endsOn = parseDate(plan.endsOn, 'endsOn', 'конец учебного года');
  const startYear = Number(startsOn.slice(0, 4));
  if (startsOn < `${startYear}-07-01` || endsOn > `${startYear + 1}-06-30` || daysBetween(startsOn, endsOn) < 30 * 7) {
    throw new InvalidArgument(`учебный год ${startsOn}…${endsOn}: должен лежать между 1 июля и 30 июня следующего года и длиться не меньше 30 недель`, { endsOn: 'даты года' });
  }
  const needed = new Set(settings.periodSchemes.filter((range) => range.fromGrade <= settings.lastGrade).map((range) => range.scheme));
  const periods: Period[] = [];
  const given = new Set<string>();
  for (const [index, set] of plan.periodSets.entries()) {
    const scheme = set.scheme as PeriodScheme;
    if (!(scheme in PERIODS_IN_SCHEME)) throw new InvalidArgument(`periodSets[${index}]: схема периодов QUARTERS, TRIMESTERS или HALF_YEARS, а дано «${set.scheme}»`, { [`periodSets[${index}].scheme`]: 'схема периодов' });
    if (given.has(scheme)) throw new InvalidArgument(`схема ${scheme} указана дважды`, { [`periodSets[${index}].scheme`]: 'повтор' });
    given.add(scheme);
    const { count, name } = PERIODS_IN_SCHEME[scheme];
    if (set.periods.length !== count) throw new InvalidArgument(`${name}: нужно ${count} периода(ов), а дано ${set.periods.length}`, { [`periodSets[${index}].periods`]: `${count} периода(ов)` });
    let previousEnd = '';
    set.periods.forEach((dates, position) => {
      const label = `${position + 1} ${name}`;
      const from = parseDate(dates.startsOn, `periodSets[${index}].periods[${position}].startsOn`, `начало: ${label}`);
      const to = parseDate(dates.endsOn, `periodSets[${index}].periods[${position}].endsOn`, `конец: ${label}`);
      if (from > to || from < startsOn || to > endsOn || (previousEnd && from <= previousEnd)) {
        throw new InvalidArgument(`${label} (${from}…${to}): периоды идут по порядку, не пересекаются и лежат внутри учебного года`, { [`periodSets[${index}].periods[${position}]`]: 'даты периода' });
      }
      if (position === 0 && from !== startsOn) throw new InvalidArgument(`${label} начинается с началом года (${startsOn})`, { [`periodSets[${index}].periods[0].startsOn`]: startsOn });
      if (position === count - 1 && to !== endsOn) throw new InvalidArgument(`${label} кончается с концом года (${endsOn})`, { [`periodSets[${index}].periods[${position}].endsOn`]: endsOn });
      previousEnd = to;
      periods.push({ id: randomUUID(), name: label, scheme, number: position + 1, startsOn: from, endsOn: to, closedOn: '' });
    });
  }
  for (const scheme of needed) {
    if (!given.has(scheme)) throw new InvalidArgument(`не указаны периоды по схеме «${PERIODS_IN_SCHEME[scheme].name}», которую используют классы школы`, { periodSets: scheme });
  }
  return { _id: randomUUID(), schoolId, name: `${startYear}/${startYear + 1}`, startsOn, endsOn, periods, status: 'open', nextYearId: '', version: 1 };
}

/** The period of the grade's scheme that contains the date (none in the holidays between periods). */
export function periodOn(year: AcademicYear, settings: SchoolSettings, grade: number, date: IsoDate): Period | undefined {
  const scheme = schemeOfGrade(settings, grade);
  return year.periods.find((period) => period.scheme === scheme && period.startsOn <= date && date <= period.endsOn);
}

/** What closing a period locks, in the administrator's words. */
export function closureEffect(period: Period): string {
  return `${period.name} (${russianDate(period.startsOn)} — ${russianDate(period.endsOn)}): отметки, пропуски, записи уроков и итоговые отметки периода меняются теперь только через запросы на изменение, которые решает администратор`;
}

/** The year's period with this id; InvalidArgument when the year has none. */
export function periodOf(year: AcademicYear, periodId: string): Period {
  const period = year.periods.find((candidate) => candidate.id === periodId);
  if (!period) throw new InvalidArgument(`в учебном году ${year.name} нет такого периода`, { periodId: 'период этого года' });
  return period;
}

/**
 * Closes a period: its marks and finals are final from then on. A deliberate act — the request must
 * confirm it — made once, and not before the period ends.
 */
export function closePeriod(year: AcademicYear, periodId: string, on: IsoDate, confirm: boolean, by: string): Period {
  const period = periodOf(year, periodId);
  if (period.closedOn) throw new FailedPrecondition(`${period.name} уже закрыт(а) ${russianDate(period.closedOn)}`);
  if (on < period.endsOn) throw new FailedPrecondition(`${period.name} кончается ${russianDate(period.endsOn)}: закрыть его раньше нельзя`);
  if (!confirm) throw new InvalidArgument(`подтвердите закрытие (confirm: true): ${closureEffect(period)}`, { confirm: 'true, чтобы закрыть период' });
  return { ...period, closedOn: on, history: [...(period.history ?? []), { action: 'closed', on, by, reason: '' }] };
}

/** An administrator reopens a closed period (to let a correction through the usual path); the reason is recorded. */
export function reopenPeriod(year: AcademicYear, periodId: string, on: IsoDate, reason: string, by: string): Period {
  const period = periodOf(year, periodId);
  if (!period.closedOn) throw new FailedPrecondition(`${period.name} не закрыт`);
  const why = (reason ?? '').replace(/\s+/g, ' ').trim();
  if (!why || why.length > 500) throw new InvalidArgument('укажите причину, по которой период открывается снова (до 500 символов)', { reason: 'обязательное поле' });
  return { ...period, closedOn: '', history: [...(period.history ?? []), { action: 'reopened', on, by, reason: why }] };
}

/** Whether the date is the first day of one of the year's periods (the only moment to move a student between groups). */
export function isPeriodStart(year: AcademicYear, date: IsoDate): boolean {
  return year.periods.some((period) => period.startsOn === date);
}

/** A school's years do not overlap: a new year that shares a day with one the school has is refused. */
export function ensureNoOverlap(year: AcademicYear, existing: AcademicYear[]): void {
  const overlapping = existing.find((other) => other.startsOn <= year.endsOn && year.startsOn <= other.endsOn);
  if (overlapping) throw new Conflict(`учебный год ${overlapping.name} (${overlapping.startsOn}…${overlapping.endsOn}) пересекается с новым`);
}

/** The year with one of its periods as it now stands (closed or reopened). */
export function withPeriod(year: AcademicYear, period: Period): AcademicYear {
  return { ...year, periods: year.periods.map((candidate) => (candidate.id === period.id ? period : candidate)) };
}

/** The school's year that the week starting on `monday` touches, if any. */
export function yearOfWeek(years: AcademicYear[], monday: IsoDate): AcademicYear | undefined {
  return years.find((candidate) => candidate.startsOn <= addDays(monday, 6) && monday <= candidate.endsOn);
}
