// Original file: proto/ejournal/curriculum/v1/events.proto

import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from '../../../ejournal/curriculum/v1/Lesson';

export interface LessonsPlanned {
  'classId'?: (string);
  'lessons'?: (_ejournal_curriculum_v1_Lesson)[];
}

export interface LessonsPlanned__Output {
  'classId': (string);
  'lessons': (_ejournal_curriculum_v1_Lesson__Output)[];
}
