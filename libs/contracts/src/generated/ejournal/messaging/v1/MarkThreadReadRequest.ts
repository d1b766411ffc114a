// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface MarkThreadReadRequest {
  'threadId'?: (string);
  'upTo'?: (string);
}

export interface MarkThreadReadRequest__Output {
  'threadId': (string);
  'upTo': (string);
}
