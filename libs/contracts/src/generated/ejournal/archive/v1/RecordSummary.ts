// Original file: proto/ejournal/archive/v1/archive.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface RecordSummary {
  'hash'?: (string);
  'kind'?: (string);
  'schoolId'?: (string);
  'yearId'?: (string);
  'periodId'?: (string);
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'title'?: (string);
  'sequence'?: (number);
  'amends'?: (string);
  'archivedAt'?: (_google_protobuf_Timestamp | null);
  'retainUntil'?: (string);
  'legalHold'?: (boolean);
  'legalHoldReason'?: (string);
  'keyId'?: (string);
  'size'?: (number);
}

export interface RecordSummary__Output {
  'hash': (string);
  'kind': (string);
  'schoolId': (string);
  'yearId': (string);
  'periodId': (string);
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'title': (string);
  'sequence': (number);
  'amends': (string);
  'archivedAt': (_google_protobuf_Timestamp__Output | null);
  'retainUntil': (string);
  'legalHold': (boolean);
  'legalHoldReason': (string);
  'keyId': (string);
  'size': (number);
}
