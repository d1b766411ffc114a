// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface PostMessageRequest {
  'threadId'?: (string);
  'text'?: (string);
}

export interface PostMessageRequest__Output {
  'threadId': (string);
  'text': (string);
}
