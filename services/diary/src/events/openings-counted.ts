import { pendingEvent, type PendingEvent } from '@ejournal/kit';
import type { SchoolWeekOpenings } from '../domain/diary-openings';

/** diary.openings.counted: a school's week as counted so far (cumulative; its version orders them). Counts only. */
export function openingsCounted(week: SchoolWeekOpenings): PendingEvent {
  return pendingEvent('diary.openings.counted', { schoolId: week.schoolId, aggregateId: week._id, aggregateVersion: week.version }, { week: week.week, openings: week.openings, pupilsOpened: week.pupilKeys.length });
}
