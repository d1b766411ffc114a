// Original file: proto/ejournal/identity/v1/identity.proto


export interface ImportPeopleRequest {
  'schoolId'?: (string);
  'csv'?: (string);
}

export interface ImportPeopleRequest__Output {
  'schoolId': (string);
  'csv': (string);
}
