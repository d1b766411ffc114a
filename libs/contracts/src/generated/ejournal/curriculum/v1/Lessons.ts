// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from '../../../ejournal/curriculum/v1/Lesson';

export interface Lessons {
  'lessons'?: (_ejournal_curriculum_v1_Lesson)[];
}

export interface Lessons__Output {
  'lessons': (_ejournal_curriculum_v1_Lesson__Output)[];
}
