// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface Correspondent {
  'personId'?: (string);
  'name'?: (string);
  'relation'?: (string);
}

export interface Correspondent__Output {
  'personId': (string);
  'name': (string);
  'relation': (string);
}
