/** Dates as the journal writes them: "YYYY-MM-DD", days counted in UTC (no time zone shifts a date). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of a date's week. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

/** The Mondays of the weeks that [from, to] touches. */
export function mondaysBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** A date as Russian texts write it: «28.03.2027». */
export function russianDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** The school's time zone when it set none (the region's). */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

/** One formatter per time zone: making an Intl.DateTimeFormat costs far more than using one (a report asks for thousands). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The school's local date and time (ЧЧ:ММ) of an instant. */
export function localDateTime(at: Date, timeZone = DEFAULT_TIME_ZONE): { date: string; time: string } {
  const parts = formatterOf(timeZone).format(at);
  const [date, time] = parts.split(' ');
  return { date, time };
}

/** The instant a school's local date and time (ЧЧ:ММ) names (the inverse of localDateTime). */
export function instantOf(date: string, time: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  // The zone's offset at that moment, found from what the zone shows for the UTC guess (twice: across a change of offset).
  let instant = asUtc;
  for (let pass = 0; pass < 2; pass++) {
    const shown = localDateTime(new Date(instant), timeZone);
    instant -= Date.parse(`${shown.date}T${shown.time}:00Z`) - asUtc;
  }
  return new Date(instant);
}
