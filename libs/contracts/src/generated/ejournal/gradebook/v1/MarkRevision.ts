// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface MarkRevision {
  'values'?: (number)[];
  'passFail'?: (string);
  'workKind'?: (string);
  'comment'?: (string);
  'changedBy'?: (string);
  'changedAt'?: (_google_protobuf_Timestamp | null);
  'reason'?: (string);
  'removed'?: (boolean);
}

export interface MarkRevision__Output {
  'values': (number)[];
  'passFail': (string);
  'workKind': (string);
  'comment': (string);
  'changedBy': (string);
  'changedAt': (_google_protobuf_Timestamp__Output | null);
  'reason': (string);
  'removed': (boolean);
}
