// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { MovementKind as _ejournal_curriculum_v1_MovementKind, MovementKind__Output as _ejournal_curriculum_v1_MovementKind__Output } from '../../../ejournal/curriculum/v1/MovementKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Movement {
  'id'?: (string);
  'yearId'?: (string);
  'kind'?: (_ejournal_curriculum_v1_MovementKind);
  'studentId'?: (string);
  'fromClassId'?: (string);
  'toClassId'?: (string);
  'date'?: (string);
  'orderNumber'?: (string);
  'note'?: (string);
  'recordedBy'?: (string);
  'recordedAt'?: (_google_protobuf_Timestamp | null);
}

export interface Movement__Output {
  'id': (string);
  'yearId': (string);
  'kind': (_ejournal_curriculum_v1_MovementKind__Output);
  'studentId': (string);
  'fromClassId': (string);
  'toClassId': (string);
  'date': (string);
  'orderNumber': (string);
  'note': (string);
  'recordedBy': (string);
  'recordedAt': (_google_protobuf_Timestamp__Output | null);
}
