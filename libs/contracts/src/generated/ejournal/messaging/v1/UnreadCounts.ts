// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface UnreadCounts {
  'messages'?: (number);
  'notices'?: (number);
  'announcements'?: (number);
}

export interface UnreadCounts__Output {
  'messages': (number);
  'notices': (number);
  'announcements': (number);
}
