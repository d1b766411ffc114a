import { addDays, localDateTime, weekdayOf as weekday } from '@ejournal/school-rules';
import type { JournalRules, WorkKind } from './rules';

export { localDateTime };

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
