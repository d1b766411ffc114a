// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface Audience {
  'kind'?: (string);
  'target'?: (string);
}

export interface Audience__Output {
  'kind': (string);
  'target': (string);
}
