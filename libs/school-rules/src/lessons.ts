import { instantOf, localDateTime } from './dates';

/**
 * Whether a lesson has begun at this moment, in the school's time zone (000 §9.1): marks and absences
 * are entered on lessons that have taken place, never ahead.
 */
export function lessonBegun(lesson: { date: string; startsAt?: string }, at: Date, timeZone?: string): boolean {
  const { date, time } = localDateTime(at, timeZone);
  return date > lesson.date || (date === lesson.date && time >= (lesson.startsAt || '00:00'));
}

/** The teacher who keeps a lesson's record: the substitute when there is one (000 §9.1, 003 §5). */
export function effectiveTeacher(lesson: { teacherId: string; substituteTeacherId: string }): string {
  return lesson.substituteTeacherId || lesson.teacherId;
}

/** 003 §4.2: a lesson's topic and homework are written on its day, by 21:00 school time. */
export const LESSON_RECORD_DUE_AT = '21:00';

/** The moment a lesson's record is due: its day at 21:00 in the school's time zone (003 §4.2). */
export function lessonRecordDue(lessonDate: string, timeZone?: string): Date {
  return instantOf(lessonDate, LESSON_RECORD_DUE_AT, timeZone);
}

/** Whether a lesson's record written at this moment is on time: no later than 21:00 of its day, school time (003 §4.2). */
export function lessonRecordedOnTime(lessonDate: string, at: Date, timeZone?: string): boolean {
  return at.getTime() <= lessonRecordDue(lessonDate, timeZone).getTime();
}
