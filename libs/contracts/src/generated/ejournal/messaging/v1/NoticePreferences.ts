// Original file: proto/ejournal/messaging/v1/messaging.proto

import type { KindChannels as _ejournal_messaging_v1_KindChannels, KindChannels__Output as _ejournal_messaging_v1_KindChannels__Output } from '../../../ejournal/messaging/v1/KindChannels';

export interface NoticePreferences {
  'kinds'?: (_ejournal_messaging_v1_KindChannels)[];
  'quietFrom'?: (string);
  'quietUntil'?: (string);
  'digest'?: (string);
  'digestHour'?: (number);
  'digestWeekday'?: (number);
  'email'?: (string);
  'emailFailure'?: (string);
}

export interface NoticePreferences__Output {
  'kinds': (_ejournal_messaging_v1_KindChannels__Output)[];
  'quietFrom': (string);
  'quietUntil': (string);
  'digest': (string);
  'digestHour': (number);
  'digestWeekday': (number);
  'email': (string);
  'emailFailure': (string);
}
