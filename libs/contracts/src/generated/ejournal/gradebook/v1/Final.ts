// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Final {
  'studentId'?: (string);
  'value'?: (number);
  'proposed'?: (number);
  'average'?: (number | string);
  'reason'?: (string);
  'setBy'?: (string);
  'setAt'?: (_google_protobuf_Timestamp | null);
  'kind'?: (string);
  'notAttested'?: (boolean);
}

export interface Final__Output {
  'studentId': (string);
  'value': (number);
  'proposed': (number);
  'average': (number);
  'reason': (string);
  'setBy': (string);
  'setAt': (_google_protobuf_Timestamp__Output | null);
  'kind': (string);
  'notAttested': (boolean);
}
