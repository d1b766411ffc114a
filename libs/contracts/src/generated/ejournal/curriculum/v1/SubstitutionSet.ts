// Original file: proto/ejournal/curriculum/v1/events.proto

import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from '../../../ejournal/curriculum/v1/Lesson';

export interface SubstitutionSet {
  'lesson'?: (_ejournal_curriculum_v1_Lesson | null);
  'previousSubstituteId'?: (string);
}

export interface SubstitutionSet__Output {
  'lesson': (_ejournal_curriculum_v1_Lesson__Output | null);
  'previousSubstituteId': (string);
}
