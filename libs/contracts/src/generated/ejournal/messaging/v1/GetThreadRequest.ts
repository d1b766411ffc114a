// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface GetThreadRequest {
  'threadId'?: (string);
  'cursor'?: (string);
  'limit'?: (number);
}

export interface GetThreadRequest__Output {
  'threadId': (string);
  'cursor': (string);
  'limit': (number);
}
