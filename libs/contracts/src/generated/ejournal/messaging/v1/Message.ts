// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Receipt as _ejournal_messaging_v1_Receipt, Receipt__Output as _ejournal_messaging_v1_Receipt__Output } from '../../../ejournal/messaging/v1/Receipt';
import type { Attachment as _ejournal_messaging_v1_Attachment, Attachment__Output as _ejournal_messaging_v1_Attachment__Output } from '../../../ejournal/messaging/v1/Attachment';

export interface Message {
  'messageId'?: (string);
  'authorId'?: (string);
  'text'?: (string);
  'sentAt'?: (_google_protobuf_Timestamp | null);
  'withdrawn'?: (boolean);
  'readBy'?: (_ejournal_messaging_v1_Receipt)[];
  'file'?: (_ejournal_messaging_v1_Attachment | null);
}

export interface Message__Output {
  'messageId': (string);
  'authorId': (string);
  'text': (string);
  'sentAt': (_google_protobuf_Timestamp__Output | null);
  'withdrawn': (boolean);
  'readBy': (_ejournal_messaging_v1_Receipt__Output)[];
  'file': (_ejournal_messaging_v1_Attachment__Output | null);
}
