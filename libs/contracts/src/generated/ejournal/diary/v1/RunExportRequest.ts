// Original file: proto/ejournal/diary/v1/diary.proto


export interface RunExportRequest {
  'schoolId'?: (string);
  'yearId'?: (string);
  'from'?: (string);
  'to'?: (string);
}

export interface RunExportRequest__Output {
  'schoolId': (string);
  'yearId': (string);
  'from': (string);
  'to': (string);
}
