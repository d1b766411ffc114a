// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface GetFileRequest {
  'threadId'?: (string);
  'fileId'?: (string);
}

export interface GetFileRequest__Output {
  'threadId': (string);
  'fileId': (string);
}
