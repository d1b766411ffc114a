// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { TimetableEntry as _ejournal_curriculum_v1_TimetableEntry, TimetableEntry__Output as _ejournal_curriculum_v1_TimetableEntry__Output } from '../../../ejournal/curriculum/v1/TimetableEntry';

export interface WeeklyTimetable {
  'id'?: (string);
  'validFrom'?: (string);
  'validTo'?: (string);
  'entries'?: (_ejournal_curriculum_v1_TimetableEntry)[];
}

export interface WeeklyTimetable__Output {
  'id': (string);
  'validFrom': (string);
  'validTo': (string);
  'entries': (_ejournal_curriculum_v1_TimetableEntry__Output)[];
}
