// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Audience as _ejournal_messaging_v1_Audience, Audience__Output as _ejournal_messaging_v1_Audience__Output } from '../../../ejournal/messaging/v1/Audience';

export interface PublishAnnouncementRequest {
  'schoolId'?: (string);
  'audience'?: (_ejournal_messaging_v1_Audience | null);
  'title'?: (string);
  'text'?: (string);
  'visibleFrom'?: (string);
  'visibleUntil'?: (string);
  'requiresConfirmation'?: (boolean);
}

export interface PublishAnnouncementRequest__Output {
  'schoolId': (string);
  'audience': (_ejournal_messaging_v1_Audience__Output | null);
  'title': (string);
  'text': (string);
  'visibleFrom': (string);
  'visibleUntil': (string);
  'requiresConfirmation': (boolean);
}
