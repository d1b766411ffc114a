// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Confirmation {
  'personId'?: (string);
  'name'?: (string);
  'confirmedAt'?: (_google_protobuf_Timestamp | null);
}

export interface Confirmation__Output {
  'personId': (string);
  'name': (string);
  'confirmedAt': (_google_protobuf_Timestamp__Output | null);
}
