// Original file: proto/ejournal/curriculum/v1/events.proto

import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from '../../../ejournal/curriculum/v1/Lesson';

export interface LessonCancelled {
  'lesson'?: (_ejournal_curriculum_v1_Lesson | null);
  'reason'?: (string);
}

export interface LessonCancelled__Output {
  'lesson': (_ejournal_curriculum_v1_Lesson__Output | null);
  'reason': (string);
}
