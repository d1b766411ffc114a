// Original file: proto/ejournal/attendance/v1/attendance.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface AbsenceRevision {
  'code'?: (string);
  'changedBy'?: (string);
  'changedAt'?: (_google_protobuf_Timestamp | null);
  'reason'?: (string);
}

export interface AbsenceRevision__Output {
  'code': (string);
  'changedBy': (string);
  'changedAt': (_google_protobuf_Timestamp__Output | null);
  'reason': (string);
}
