// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface FinalChangeRequest {
  'id'?: (string);
  'pageId'?: (string);
  'kind'?: (string);
  'studentId'?: (string);
  'value'?: (number);
  'reason'?: (string);
  'requestedBy'?: (string);
  'requestedAt'?: (_google_protobuf_Timestamp | null);
  'status'?: (string);
  'decidedBy'?: (string);
  'decisionNote'?: (string);
  'decidedAt'?: (_google_protobuf_Timestamp | null);
}

export interface FinalChangeRequest__Output {
  'id': (string);
  'pageId': (string);
  'kind': (string);
  'studentId': (string);
  'value': (number);
  'reason': (string);
  'requestedBy': (string);
  'requestedAt': (_google_protobuf_Timestamp__Output | null);
  'status': (string);
  'decidedBy': (string);
  'decisionNote': (string);
  'decidedAt': (_google_protobuf_Timestamp__Output | null);
}
