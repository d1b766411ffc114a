// Dates and numbers as Russian readers expect them. A lesson's date is a calendar date of the school
// ("ГГГГ-ММ-ДД"): it is formatted as such, never shifted by the reader's time zone.

const dayMonth = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat('ru-RU', { weekday: 'long', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', timeZone: 'UTC' });
const decimal = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const asDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** «понедельник, 7 сентября» */
export const dayTitle = (date: string) => `${weekday.format(asDate(date))}, ${dayMonth.format(asDate(date))}`;
/** «31 августа — 5 сентября» (a school week, Monday to Saturday) */
export const weekTitle = (monday: string) => `${dayMonth.format(asDate(monday))} — ${dayMonth.format(asDate(addDays(monday, 5)))}`;
/** «07.09» */
export const shortDate = (date: string) => short.format(asDate(date));
/** «4,33» */
export const average = (value: number) => decimal.format(value);

/** A mark as the journal writes it: «5», a double mark «4/5», «зач.» */
export const markText = (mark: { values: number[]; passFail?: string }) => (mark.passFail ? (mark.passFail === 'зачёт' ? 'зач.' : 'незач.') : mark.values.join('/'));

export function addDays(date: string, days: number): string {
  const next = asDate(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The Monday of the week of a date. */
export function mondayOf(date: string): string {
  const day = asDate(date).getUTCDay();
  return addDays(date, day === 0 ? -6 : 1 - day);
}

/** Today, as a calendar date where the reader is. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export const ABSENCES: Record<string, string> = { Н: 'не был(а) на уроке', Б: 'по болезни', У: 'по уважительной причине', О: 'опоздал(а)' };

const fullDateFormat = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const percentFormat = new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 0 });

/** «07.09.2026» */
export const fullDate = (date: string) => fullDateFormat.format(asDate(date));
/** «83 %» of a share 0..1 */
export const percent = (share: number) => percentFormat.format(share);
const oneDecimal = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
/** «2,5», «12» (a mean of whole numbers, one decimal at most) */
export const tenths = (value: number) => oneDecimal.format(value);

const momentFormat = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** A moment (ISO 8601) on the reader's clock: «08.09, 18:05». */
export const dateTime = (moment: string) => momentFormat.format(new Date(moment));
