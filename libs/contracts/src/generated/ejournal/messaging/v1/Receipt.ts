// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Receipt {
  'personId'?: (string);
  'readAt'?: (_google_protobuf_Timestamp | null);
}

export interface Receipt__Output {
  'personId': (string);
  'readAt': (_google_protobuf_Timestamp__Output | null);
}
