// Original file: proto/ejournal/curriculum/v1/types.proto

import type { Bell as _ejournal_curriculum_v1_Bell, Bell__Output as _ejournal_curriculum_v1_Bell__Output } from '../../../ejournal/curriculum/v1/Bell';

export interface BellSchedule {
  'shift'?: (number);
  'bells'?: (_ejournal_curriculum_v1_Bell)[];
}

export interface BellSchedule__Output {
  'shift': (number);
  'bells': (_ejournal_curriculum_v1_Bell__Output)[];
}
