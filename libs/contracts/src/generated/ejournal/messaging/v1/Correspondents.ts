// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { Correspondent as _ejournal_messaging_v1_Correspondent, Correspondent__Output as _ejournal_messaging_v1_Correspondent__Output } from '../../../ejournal/messaging/v1/Correspondent';

export interface Correspondents {
  'correspondents'?: (_ejournal_messaging_v1_Correspondent)[];
}

export interface Correspondents__Output {
  'correspondents': (_ejournal_messaging_v1_Correspondent__Output)[];
}
