// Original file: proto/ejournal/diary/v1/diary.proto


export interface GetExportJobRequest {
  'schoolId'?: (string);
  'jobId'?: (string);
}

export interface GetExportJobRequest__Output {
  'schoolId': (string);
  'jobId': (string);
}
