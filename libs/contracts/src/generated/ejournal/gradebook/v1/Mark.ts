// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { MarkRevision as _ejournal_gradebook_v1_MarkRevision, MarkRevision__Output as _ejournal_gradebook_v1_MarkRevision__Output } from '../../../ejournal/gradebook/v1/MarkRevision';

export interface Mark {
  'id'?: (string);
  'lessonId'?: (string);
  'studentId'?: (string);
  'values'?: (number)[];
  'passFail'?: (string);
  'workKind'?: (string);
  'weight'?: (number | string);
  'comment'?: (string);
  'setBy'?: (string);
  'setAt'?: (_google_protobuf_Timestamp | null);
  'onTime'?: (boolean);
  'revision'?: (number);
  'history'?: (_ejournal_gradebook_v1_MarkRevision)[];
  'explanation'?: (string);
  'removed'?: (boolean);
}

export interface Mark__Output {
  'id': (string);
  'lessonId': (string);
  'studentId': (string);
  'values': (number)[];
  'passFail': (string);
  'workKind': (string);
  'weight': (number);
  'comment': (string);
  'setBy': (string);
  'setAt': (_google_protobuf_Timestamp__Output | null);
  'onTime': (boolean);
  'revision': (number);
  'history': (_ejournal_gradebook_v1_MarkRevision__Output)[];
  'explanation': (string);
  'removed': (boolean);
}
