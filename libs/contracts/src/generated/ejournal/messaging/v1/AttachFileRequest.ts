// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface AttachFileRequest {
  'threadId'?: (string);
  'name'?: (string);
  'contentType'?: (string);
  'content'?: (Buffer | Uint8Array | string);
  'text'?: (string);
}

export interface AttachFileRequest__Output {
  'threadId': (string);
  'name': (string);
  'contentType': (string);
  'content': (Buffer);
  'text': (string);
}
