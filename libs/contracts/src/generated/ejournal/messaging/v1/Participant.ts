// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface Participant {
  'personId'?: (string);
  'name'?: (string);
  'relation'?: (string);
}

export interface Participant__Output {
  'personId': (string);
  'name': (string);
  'relation': (string);
}
