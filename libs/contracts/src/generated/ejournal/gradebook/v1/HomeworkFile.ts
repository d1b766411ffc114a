// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface HomeworkFile {
  'id'?: (string);
  'name'?: (string);
  'contentType'?: (string);
  'size'?: (number);
  'uploadedBy'?: (string);
  'uploadedAt'?: (_google_protobuf_Timestamp | null);
}

export interface HomeworkFile__Output {
  'id': (string);
  'name': (string);
  'contentType': (string);
  'size': (number);
  'uploadedBy': (string);
  'uploadedAt': (_google_protobuf_Timestamp__Output | null);
}
