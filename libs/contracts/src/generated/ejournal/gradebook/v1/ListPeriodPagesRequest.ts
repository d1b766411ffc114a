// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface ListPeriodPagesRequest {
  'schoolId'?: (string);
  'periodId'?: (string);
}

export interface ListPeriodPagesRequest__Output {
  'schoolId': (string);
  'periodId': (string);
}
