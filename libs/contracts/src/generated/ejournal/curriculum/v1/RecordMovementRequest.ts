// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { MovementKind as _ejournal_curriculum_v1_MovementKind, MovementKind__Output as _ejournal_curriculum_v1_MovementKind__Output } from '../../../ejournal/curriculum/v1/MovementKind';

export interface RecordMovementRequest {
  'yearId'?: (string);
  'kind'?: (_ejournal_curriculum_v1_MovementKind);
  'studentId'?: (string);
  'classId'?: (string);
  'date'?: (string);
  'orderNumber'?: (string);
  'note'?: (string);
}

export interface RecordMovementRequest__Output {
  'yearId': (string);
  'kind': (_ejournal_curriculum_v1_MovementKind__Output);
  'studentId': (string);
  'classId': (string);
  'date': (string);
  'orderNumber': (string);
  'note': (string);
}
