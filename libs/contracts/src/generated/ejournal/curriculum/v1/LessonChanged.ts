// Original file: proto/ejournal/curriculum/v1/events.proto

import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from '../../../ejournal/curriculum/v1/Lesson';

export interface LessonChanged {
  'change'?: (string);
  'lesson'?: (_ejournal_curriculum_v1_Lesson | null);
  'previousDate'?: (string);
}

export interface LessonChanged__Output {
  'change': (string);
  'lesson': (_ejournal_curriculum_v1_Lesson__Output | null);
  'previousDate': (string);
}
