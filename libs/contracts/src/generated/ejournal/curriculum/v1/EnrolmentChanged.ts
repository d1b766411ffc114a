// Original file: proto/ejournal/curriculum/v1/events.proto

import type { Placement as _ejournal_curriculum_v1_Placement, Placement__Output as _ejournal_curriculum_v1_Placement__Output } from '../../../ejournal/curriculum/v1/Placement';

export interface EnrolmentChanged {
  'yearId'?: (string);
  'studentId'?: (string);
  'movementId'?: (string);
  'kind'?: (string);
  'date'?: (string);
  'fromClassId'?: (string);
  'toClassId'?: (string);
  'placements'?: (_ejournal_curriculum_v1_Placement)[];
  'orderNumber'?: (string);
}

export interface EnrolmentChanged__Output {
  'yearId': (string);
  'studentId': (string);
  'movementId': (string);
  'kind': (string);
  'date': (string);
  'fromClassId': (string);
  'toClassId': (string);
  'placements': (_ejournal_curriculum_v1_Placement__Output)[];
  'orderNumber': (string);
}
