// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface PrintProgressLettersRequest {
  'classId'?: (string);
  'from'?: (string);
  'to'?: (string);
}

export interface PrintProgressLettersRequest__Output {
  'classId': (string);
  'from': (string);
  'to': (string);
}
