import { addDays } from '@ejournal/school-rules';
import { isIsoDate } from '@ejournal/contracts';
import { InvalidArgument } from '@ejournal/kit';

/**
 * Calendar dates as the school uses them: "YYYY-MM-DD" strings, compared as strings, computed in UTC
 * so that no time zone moves a lesson to another day.
 */
export type IsoDate = string;

export { isIsoDate };

/** The date, or InvalidArgument naming the field. Accepts "ДД.ММ.ГГГГ" too (as schools write it). */
export function parseDate(value: string | undefined, field: string, label: string): IsoDate {
  const text = (value ?? '').trim();
  const russian = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  const iso = russian ? `${russian[3]}-${russian[2]}-${russian[1]}` : text;
  if (!isIsoDate(iso)) throw new InvalidArgument(`${label}: ожидается дата ГГГГ-ММ-ДД, а дано «${text}»`, { [field]: 'дата ГГГГ-ММ-ДД' });
  return iso;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The day `days` after (or before) a date: the platform's one rule (libs/school-rules). */
export { addDays };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return toUtc(date).getUTCDay() || 7;
}

/** The Monday of the date's week: the key lessons are looked up by. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Every date from `from` to `to`, both included. */
export function* eachDate(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let date = from; date <= to; date = addDays(date, 1)) yield date;
}

/** Today in the region's calendar (Europe/Moscow by default). */
export function today(timeZone = 'Europe/Moscow'): IsoDate {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const WEEKDAY_NAMES = ['', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];

/** «12.10.2026». */
export function russianDate(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
