// Original file: proto/ejournal/identity/v1/identity.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ListRevocationsRequest {
  'since'?: (_google_protobuf_Timestamp | null);
}

export interface ListRevocationsRequest__Output {
  'since': (_google_protobuf_Timestamp__Output | null);
}
