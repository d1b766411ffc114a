// Original file: proto/ejournal/identity/v1/events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface AccountRevoked {
  'accountId'?: (string);
  'revokedAt'?: (_google_protobuf_Timestamp | null);
  'personId'?: (string);
}

export interface AccountRevoked__Output {
  'accountId': (string);
  'revokedAt': (_google_protobuf_Timestamp__Output | null);
  'personId': (string);
}
