// Original file: proto/ejournal/messaging/v1/events.proto


export interface MessagePosted {
  'threadId'?: (string);
  'messageId'?: (string);
  'authorId'?: (string);
  'participantIds'?: (string)[];
}

export interface MessagePosted__Output {
  'threadId': (string);
  'messageId': (string);
  'authorId': (string);
  'participantIds': (string)[];
}
