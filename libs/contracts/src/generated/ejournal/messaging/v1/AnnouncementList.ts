// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Announcement as _ejournal_messaging_v1_Announcement, Announcement__Output as _ejournal_messaging_v1_Announcement__Output } from '../../../ejournal/messaging/v1/Announcement';

export interface AnnouncementList {
  'announcements'?: (_ejournal_messaging_v1_Announcement)[];
}

export interface AnnouncementList__Output {
  'announcements': (_ejournal_messaging_v1_Announcement__Output)[];
}
