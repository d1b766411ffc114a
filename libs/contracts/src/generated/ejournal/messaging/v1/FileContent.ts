// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Attachment as _ejournal_messaging_v1_Attachment, Attachment__Output as _ejournal_messaging_v1_Attachment__Output } from '../../../ejournal/messaging/v1/Attachment';

export interface FileContent {
  'file'?: (_ejournal_messaging_v1_Attachment | null);
  'content'?: (Buffer | Uint8Array | string);
}

export interface FileContent__Output {
  'file': (_ejournal_messaging_v1_Attachment__Output | null);
  'content': (Buffer);
}
