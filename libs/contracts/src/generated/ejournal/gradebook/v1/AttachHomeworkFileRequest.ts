// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface AttachHomeworkFileRequest {
  'lessonId'?: (string);
  'name'?: (string);
  'contentType'?: (string);
  'content'?: (Buffer | Uint8Array | string);
}

export interface AttachHomeworkFileRequest__Output {
  'lessonId': (string);
  'name': (string);
  'contentType': (string);
  'content': (Buffer);
}
