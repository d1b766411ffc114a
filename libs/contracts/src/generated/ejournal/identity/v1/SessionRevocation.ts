// Original file: proto/ejournal/identity/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface SessionRevocation {
  'sessionId'?: (string);
  'revokedAt'?: (_google_protobuf_Timestamp | null);
}

export interface SessionRevocation__Output {
  'sessionId': (string);
  'revokedAt': (_google_protobuf_Timestamp__Output | null);
}
