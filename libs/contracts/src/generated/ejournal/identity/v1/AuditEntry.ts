// Original file: proto/ejournal/identity/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface AuditEntry {
  'id'?: (string);
  'at'?: (_google_protobuf_Timestamp | null);
  'action'?: (string);
  'actorAccountId'?: (string);
  'subjectId'?: (string);
  'schoolId'?: (string);
  'clientAddress'?: (string);
  'details'?: (string);
}

export interface AuditEntry__Output {
  'id': (string);
  'at': (_google_protobuf_Timestamp__Output | null);
  'action': (string);
  'actorAccountId': (string);
  'subjectId': (string);
  'schoolId': (string);
  'clientAddress': (string);
  'details': (string);
}
