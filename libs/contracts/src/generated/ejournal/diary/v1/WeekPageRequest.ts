// Original file: proto/ejournal/diary/v1/diary.proto


export interface WeekPageRequest {
  'studentId'?: (string);
  'weekOf'?: (string);
}

export interface WeekPageRequest__Output {
  'studentId': (string);
  'weekOf': (string);
}
