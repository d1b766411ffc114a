// Original file: proto/ejournal/identity/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Session {
  'accessToken'?: (string);
  'accessTokenExpiresAt'?: (_google_protobuf_Timestamp | null);
  'refreshToken'?: (string);
  'refreshTokenExpiresAt'?: (_google_protobuf_Timestamp | null);
  'accountId'?: (string);
}

export interface Session__Output {
  'accessToken': (string);
  'accessTokenExpiresAt': (_google_protobuf_Timestamp__Output | null);
  'refreshToken': (string);
  'refreshTokenExpiresAt': (_google_protobuf_Timestamp__Output | null);
  'accountId': (string);
}
