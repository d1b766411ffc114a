import { localDateTime } from './dates';

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
