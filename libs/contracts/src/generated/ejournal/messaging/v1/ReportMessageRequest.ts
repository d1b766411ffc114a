// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface ReportMessageRequest {
  'threadId'?: (string);
  'messageId'?: (string);
  'reason'?: (string);
}

export interface ReportMessageRequest__Output {
  'threadId': (string);
  'messageId': (string);
  'reason': (string);
}
