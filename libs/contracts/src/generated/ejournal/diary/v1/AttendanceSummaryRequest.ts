// Original file: proto/ejournal/diary/v1/diary.proto


export interface AttendanceSummaryRequest {
  'studentId'?: (string);
  'month'?: (string);
}

export interface AttendanceSummaryRequest__Output {
  'studentId': (string);
  'month': (string);
}
