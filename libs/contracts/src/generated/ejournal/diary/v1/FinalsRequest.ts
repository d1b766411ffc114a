// Original file: proto/ejournal/diary/v1/diary.proto


export interface FinalsRequest {
  'studentId'?: (string);
}

export interface FinalsRequest__Output {
  'studentId': (string);
}
