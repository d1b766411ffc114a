// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ChangeRequest {
  'id'?: (string);
  'markId'?: (string);
  'lessonId'?: (string);
  'studentId'?: (string);
  'values'?: (number)[];
  'passFail'?: (string);
  'workKind'?: (string);
  'comment'?: (string);
  'removal'?: (boolean);
  'reason'?: (string);
  'requestedBy'?: (string);
  'requestedAt'?: (_google_protobuf_Timestamp | null);
  'status'?: (string);
  'decidedBy'?: (string);
  'decisionNote'?: (string);
}

export interface ChangeRequest__Output {
  'id': (string);
  'markId': (string);
  'lessonId': (string);
  'studentId': (string);
  'values': (number)[];
  'passFail': (string);
  'workKind': (string);
  'comment': (string);
  'removal': (boolean);
  'reason': (string);
  'requestedBy': (string);
  'requestedAt': (_google_protobuf_Timestamp__Output | null);
  'status': (string);
  'decidedBy': (string);
  'decisionNote': (string);
}
