// Original file: proto/ejournal/identity/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Invitation {
  'id'?: (string);
  'schoolId'?: (string);
  'classId'?: (string);
  'childId'?: (string);
  'role'?: (string);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
  'code'?: (string);
  'redeemedAt'?: (_google_protobuf_Timestamp | null);
  'issuedAt'?: (_google_protobuf_Timestamp | null);
  'guardianAccountId'?: (string);
}

export interface Invitation__Output {
  'id': (string);
  'schoolId': (string);
  'classId': (string);
  'childId': (string);
  'role': (string);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
  'code': (string);
  'redeemedAt': (_google_protobuf_Timestamp__Output | null);
  'issuedAt': (_google_protobuf_Timestamp__Output | null);
  'guardianAccountId': (string);
}
