// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface GetHomeworkFileRequest {
  'lessonId'?: (string);
  'fileId'?: (string);
}

export interface GetHomeworkFileRequest__Output {
  'lessonId': (string);
  'fileId': (string);
}
