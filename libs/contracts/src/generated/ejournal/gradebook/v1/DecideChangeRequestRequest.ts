// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface DecideChangeRequestRequest {
  'lessonId'?: (string);
  'requestId'?: (string);
  'approve'?: (boolean);
  'note'?: (string);
}

export interface DecideChangeRequestRequest__Output {
  'lessonId': (string);
  'requestId': (string);
  'approve': (boolean);
  'note': (string);
}
