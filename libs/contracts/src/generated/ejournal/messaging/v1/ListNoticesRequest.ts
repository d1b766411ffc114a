// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface ListNoticesRequest {
  'cursor'?: (string);
  'limit'?: (number);
}

export interface ListNoticesRequest__Output {
  'cursor': (string);
  'limit': (number);
}
