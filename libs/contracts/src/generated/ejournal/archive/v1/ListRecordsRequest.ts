// Original file: proto/ejournal/archive/v1/archive.proto


export interface ListRecordsRequest {
  'schoolId'?: (string);
  'periodId'?: (string);
  'classId'?: (string);
  'kind'?: (string);
}

export interface ListRecordsRequest__Output {
  'schoolId': (string);
  'periodId': (string);
  'classId': (string);
  'kind': (string);
}
