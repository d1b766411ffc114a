import { addDays, localDateTime, weekdayOf as weekday } from '@ejournal/school-rules';
import type { JournalRules, WorkKind } from './rules';

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

/** Whether a mark put at this moment is on time: by the end of its deadline's day, school time (004 §4.2.5). */
export function markOnTime(lessonDate: string, kind: Pick<WorkKind, 'markingDays' | 'workingDays'>, rules: Pick<JournalRules, 'workingWeekdays' | 'holidays' | 'timeZone'>, at: Date): boolean {
  return localDateTime(at, rules.timeZone).date <= markingDeadline(lessonDate, kind, rules);
}
