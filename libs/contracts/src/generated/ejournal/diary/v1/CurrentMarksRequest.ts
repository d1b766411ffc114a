// Original file: proto/ejournal/diary/v1/diary.proto


export interface CurrentMarksRequest {
  'studentId'?: (string);
  'periodId'?: (string);
}

export interface CurrentMarksRequest__Output {
  'studentId': (string);
  'periodId': (string);
}
