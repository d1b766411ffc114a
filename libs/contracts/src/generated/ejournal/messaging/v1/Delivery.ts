// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Delivery {
  'channel'?: (string);
  'status'?: (string);
  'dueAt'?: (_google_protobuf_Timestamp | null);
  'sentAt'?: (_google_protobuf_Timestamp | null);
  'error'?: (string);
}

export interface Delivery__Output {
  'channel': (string);
  'status': (string);
  'dueAt': (_google_protobuf_Timestamp__Output | null);
  'sentAt': (_google_protobuf_Timestamp__Output | null);
  'error': (string);
}
