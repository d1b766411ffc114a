// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface PageAbsence {
  'lessonId'?: (string);
  'studentId'?: (string);
  'code'?: (string);
}

export interface PageAbsence__Output {
  'lessonId': (string);
  'studentId': (string);
  'code': (string);
}
