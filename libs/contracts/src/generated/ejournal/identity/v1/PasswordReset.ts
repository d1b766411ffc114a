// Original file: proto/ejournal/identity/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface PasswordReset {
  'login'?: (string);
  'code'?: (string);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
}

export interface PasswordReset__Output {
  'login': (string);
  'code': (string);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
  'lastName': (string);
  'firstName': (string);
  'middleName': (string);
}
