// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface ReportMessageResponse {
  'reportId'?: (string);
}

export interface ReportMessageResponse__Output {
  'reportId': (string);
}
