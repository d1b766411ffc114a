// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Movement as _ejournal_curriculum_v1_Movement, Movement__Output as _ejournal_curriculum_v1_Movement__Output } from '../../../ejournal/curriculum/v1/Movement';
import type { Placement as _ejournal_curriculum_v1_Placement, Placement__Output as _ejournal_curriculum_v1_Placement__Output } from '../../../ejournal/curriculum/v1/Placement';

export interface StudentHistory {
  'studentId'?: (string);
  'movements'?: (_ejournal_curriculum_v1_Movement)[];
  'placements'?: (_ejournal_curriculum_v1_Placement)[];
}

export interface StudentHistory__Output {
  'studentId': (string);
  'movements': (_ejournal_curriculum_v1_Movement__Output)[];
  'placements': (_ejournal_curriculum_v1_Placement__Output)[];
}
