// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface KindChannels {
  'kind'?: (string);
  'email'?: (boolean);
  'digest'?: (boolean);
}

export interface KindChannels__Output {
  'kind': (string);
  'email': (boolean);
  'digest': (boolean);
}
