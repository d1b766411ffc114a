// Original file: proto/ejournal/identity/v1/identity.proto


export interface ListPeopleRequest {
  'schoolId'?: (string);
  'query'?: (string);
  'kind'?: (string);
  'role'?: (string);
  'classId'?: (string);
  'limit'?: (number);
}

export interface ListPeopleRequest__Output {
  'schoolId': (string);
  'query': (string);
  'kind': (string);
  'role': (string);
  'classId': (string);
  'limit': (number);
}
