// Original file: proto/ejournal/archive/v1/archive.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Archiving {
  'id'?: (string);
  'yearId'?: (string);
  'periodId'?: (string);
  'periodName'?: (string);
  'status'?: (string);
  'records'?: (number);
  'requestedAt'?: (_google_protobuf_Timestamp | null);
  'finishedAt'?: (_google_protobuf_Timestamp | null);
  'lastError'?: (string);
}

export interface Archiving__Output {
  'id': (string);
  'yearId': (string);
  'periodId': (string);
  'periodName': (string);
  'status': (string);
  'records': (number);
  'requestedAt': (_google_protobuf_Timestamp__Output | null);
  'finishedAt': (_google_protobuf_Timestamp__Output | null);
  'lastError': (string);
}
