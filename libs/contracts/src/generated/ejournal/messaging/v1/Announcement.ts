// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Audience as _ejournal_messaging_v1_Audience, Audience__Output as _ejournal_messaging_v1_Audience__Output } from '../../../ejournal/messaging/v1/Audience';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Confirmation as _ejournal_messaging_v1_Confirmation, Confirmation__Output as _ejournal_messaging_v1_Confirmation__Output } from '../../../ejournal/messaging/v1/Confirmation';

export interface Announcement {
  'announcementId'?: (string);
  'schoolId'?: (string);
  'audience'?: (_ejournal_messaging_v1_Audience | null);
  'title'?: (string);
  'text'?: (string);
  'visibleFrom'?: (string);
  'visibleUntil'?: (string);
  'requiresConfirmation'?: (boolean);
  'authorId'?: (string);
  'authorName'?: (string);
  'publishedAt'?: (_google_protobuf_Timestamp | null);
  'confirmed'?: (boolean);
  'confirmations'?: (_ejournal_messaging_v1_Confirmation)[];
}

export interface Announcement__Output {
  'announcementId': (string);
  'schoolId': (string);
  'audience': (_ejournal_messaging_v1_Audience__Output | null);
  'title': (string);
  'text': (string);
  'visibleFrom': (string);
  'visibleUntil': (string);
  'requiresConfirmation': (boolean);
  'authorId': (string);
  'authorName': (string);
  'publishedAt': (_google_protobuf_Timestamp__Output | null);
  'confirmed': (boolean);
  'confirmations': (_ejournal_messaging_v1_Confirmation__Output)[];
}
