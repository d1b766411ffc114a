// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Notice as _ejournal_messaging_v1_Notice, Notice__Output as _ejournal_messaging_v1_Notice__Output } from '../../../ejournal/messaging/v1/Notice';

export interface NoticeList {
  'notices'?: (_ejournal_messaging_v1_Notice)[];
  'nextCursor'?: (string);
  'unread'?: (number);
}

export interface NoticeList__Output {
  'notices': (_ejournal_messaging_v1_Notice__Output)[];
  'nextCursor': (string);
  'unread': (number);
}
