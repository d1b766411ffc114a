// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { PupilPlacements as _ejournal_curriculum_v1_PupilPlacements, PupilPlacements__Output as _ejournal_curriculum_v1_PupilPlacements__Output } from '../../../ejournal/curriculum/v1/PupilPlacements';

export interface YearPlacements {
  'yearId'?: (string);
  'pupils'?: (_ejournal_curriculum_v1_PupilPlacements)[];
}

export interface YearPlacements__Output {
  'yearId': (string);
  'pupils': (_ejournal_curriculum_v1_PupilPlacements__Output)[];
}
