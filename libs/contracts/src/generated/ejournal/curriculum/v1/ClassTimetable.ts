// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { WeeklyTimetable as _ejournal_curriculum_v1_WeeklyTimetable, WeeklyTimetable__Output as _ejournal_curriculum_v1_WeeklyTimetable__Output } from '../../../ejournal/curriculum/v1/WeeklyTimetable';
import type { Long } from '@grpc/proto-loader';

export interface ClassTimetable {
  'classId'?: (string);
  'timetables'?: (_ejournal_curriculum_v1_WeeklyTimetable)[];
  'version'?: (number | string | Long);
}

export interface ClassTimetable__Output {
  'classId': (string);
  'timetables': (_ejournal_curriculum_v1_WeeklyTimetable__Output)[];
  'version': (string);
}
