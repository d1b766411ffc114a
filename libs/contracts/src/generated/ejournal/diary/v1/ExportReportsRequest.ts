// Original file: proto/ejournal/diary/v1/diary.proto


export interface ExportReportsRequest {
  'schoolId'?: (string);
}

export interface ExportReportsRequest__Output {
  'schoolId': (string);
}
