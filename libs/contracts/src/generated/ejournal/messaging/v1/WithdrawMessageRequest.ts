// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface WithdrawMessageRequest {
  'threadId'?: (string);
  'messageId'?: (string);
}

export interface WithdrawMessageRequest__Output {
  'threadId': (string);
  'messageId': (string);
}
