// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface CorrectMarkRequest {
  'lessonId'?: (string);
  'markId'?: (string);
  'values'?: (number)[];
  'passFail'?: (string);
  'workKind'?: (string);
  'comment'?: (string);
  'remove'?: (boolean);
  'reason'?: (string);
}

export interface CorrectMarkRequest__Output {
  'lessonId': (string);
  'markId': (string);
  'values': (number)[];
  'passFail': (string);
  'workKind': (string);
  'comment': (string);
  'remove': (boolean);
  'reason': (string);
}
