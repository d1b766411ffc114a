// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface Attachment {
  'fileId'?: (string);
  'name'?: (string);
  'contentType'?: (string);
  'size'?: (number);
}

export interface Attachment__Output {
  'fileId': (string);
  'name': (string);
  'contentType': (string);
  'size': (number);
}
