// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface ListThreadsRequest {
  'cursor'?: (string);
  'limit'?: (number);
  'query'?: (string);
}

export interface ListThreadsRequest__Output {
  'cursor': (string);
  'limit': (number);
  'query': (string);
}
