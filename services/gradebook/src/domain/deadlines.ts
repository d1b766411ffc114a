import type { JournalRules, WorkKind } from './rules';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** The school's local date and time of an instant (Europe/Moscow unless the region says otherwise). */
export function localDateTime(at: Date, timeZone = 'Europe/Moscow'): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const [date, time] = parts.split(' ');
  return { date, time };
}

function isWorkingDay(date: string, rules: Pick<JournalRules, 'workingWeekdays' | 'holidays'>): boolean {
  return rules.workingWeekdays.includes(weekday(date)) && !rules.holidays.some((holiday) => holiday.startsOn <= date && date <= holiday.endsOn);
}

/** The last day marks of this kind of work for a lesson may be put on time (004 §4.2.5: working days; 002 §3.5: a week). */
export function markingDeadline(lessonDate: string, kind: Pick<WorkKind, 'markingDays' | 'workingDays'>, rules: Pick<JournalRules, 'workingWeekdays' | 'holidays'>): string {
  if (!kind.workingDays) return addDays(lessonDate, kind.markingDays);
  let date = lessonDate;
  for (let left = kind.markingDays; left > 0; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date, rules)) left--;
  }
  return date;
}

/** Lesson data are due on the lesson's day by 21:00 (003 §4.2). */
export function lessonRecordedOnTime(lessonDate: string, at: Date): boolean {
  const { date, time } = localDateTime(at);
  return date < lessonDate || (date === lessonDate && time <= '21:00');
}

export function markOnTime(lessonDate: string, kind: Pick<WorkKind, 'markingDays' | 'workingDays'>, rules: Pick<JournalRules, 'workingWeekdays' | 'holidays'>, at: Date): boolean {
  return localDateTime(at).date <= markingDeadline(lessonDate, kind, rules);
}
