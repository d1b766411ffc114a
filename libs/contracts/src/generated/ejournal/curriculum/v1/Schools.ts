// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { School as _ejournal_curriculum_v1_School, School__Output as _ejournal_curriculum_v1_School__Output } from '../../../ejournal/curriculum/v1/School';

export interface Schools {
  'schools'?: (_ejournal_curriculum_v1_School)[];
}

export interface Schools__Output {
  'schools': (_ejournal_curriculum_v1_School__Output)[];
}
