// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Thread as _ejournal_messaging_v1_Thread, Thread__Output as _ejournal_messaging_v1_Thread__Output } from '../../../ejournal/messaging/v1/Thread';

export interface ThreadList {
  'threads'?: (_ejournal_messaging_v1_Thread)[];
  'nextCursor'?: (string);
}

export interface ThreadList__Output {
  'threads': (_ejournal_messaging_v1_Thread__Output)[];
  'nextCursor': (string);
}
