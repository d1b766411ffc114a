// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Participant as _ejournal_messaging_v1_Participant, Participant__Output as _ejournal_messaging_v1_Participant__Output } from '../../../ejournal/messaging/v1/Participant';
import type { Message as _ejournal_messaging_v1_Message, Message__Output as _ejournal_messaging_v1_Message__Output } from '../../../ejournal/messaging/v1/Message';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Thread {
  'threadId'?: (string);
  'schoolId'?: (string);
  'subject'?: (string);
  'participants'?: (_ejournal_messaging_v1_Participant)[];
  'messages'?: (_ejournal_messaging_v1_Message)[];
  'unread'?: (number);
  'lastMessageAt'?: (_google_protobuf_Timestamp | null);
  'earlierCursor'?: (string);
}

export interface Thread__Output {
  'threadId': (string);
  'schoolId': (string);
  'subject': (string);
  'participants': (_ejournal_messaging_v1_Participant__Output)[];
  'messages': (_ejournal_messaging_v1_Message__Output)[];
  'unread': (number);
  'lastMessageAt': (_google_protobuf_Timestamp__Output | null);
  'earlierCursor': (string);
}
