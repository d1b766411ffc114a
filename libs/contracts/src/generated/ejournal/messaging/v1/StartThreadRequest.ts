// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface StartThreadRequest {
  'schoolId'?: (string);
  'subject'?: (string);
  'participantIds'?: (string)[];
  'text'?: (string);
}

export interface StartThreadRequest__Output {
  'schoolId': (string);
  'subject': (string);
  'participantIds': (string)[];
  'text': (string);
}
