// Original file: proto/ejournal/curriculum/v1/events.proto

import type { ClassFact as _ejournal_curriculum_v1_ClassFact, ClassFact__Output as _ejournal_curriculum_v1_ClassFact__Output } from '../../../ejournal/curriculum/v1/ClassFact';

export interface ClassChanged {
  'yearId'?: (string);
  'class'?: (_ejournal_curriculum_v1_ClassFact | null);
}

export interface ClassChanged__Output {
  'yearId': (string);
  'class': (_ejournal_curriculum_v1_ClassFact__Output | null);
}
