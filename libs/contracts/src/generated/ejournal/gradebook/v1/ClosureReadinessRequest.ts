// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface ClosureReadinessRequest {
  'schoolId'?: (string);
  'yearId'?: (string);
  'periodId'?: (string);
}

export interface ClosureReadinessRequest__Output {
  'schoolId': (string);
  'yearId': (string);
  'periodId': (string);
}
