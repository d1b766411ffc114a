// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Placement as _ejournal_curriculum_v1_Placement, Placement__Output as _ejournal_curriculum_v1_Placement__Output } from '../../../ejournal/curriculum/v1/Placement';

export interface PupilPlacements {
  'studentId'?: (string);
  'placements'?: (_ejournal_curriculum_v1_Placement)[];
}

export interface PupilPlacements__Output {
  'studentId': (string);
  'placements': (_ejournal_curriculum_v1_Placement__Output)[];
}
