// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Delivery as _ejournal_messaging_v1_Delivery, Delivery__Output as _ejournal_messaging_v1_Delivery__Output } from '../../../ejournal/messaging/v1/Delivery';

export interface Notice {
  'noticeId'?: (string);
  'kind'?: (string);
  'title'?: (string);
  'text'?: (string);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'read'?: (boolean);
  'studentId'?: (string);
  'deliveries'?: (_ejournal_messaging_v1_Delivery)[];
}

export interface Notice__Output {
  'noticeId': (string);
  'kind': (string);
  'title': (string);
  'text': (string);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'read': (boolean);
  'studentId': (string);
  'deliveries': (_ejournal_messaging_v1_Delivery__Output)[];
}
