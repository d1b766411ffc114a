// Original file: proto/ejournal/identity/v1/identity.proto


export interface CheckPeopleRequest {
  'schoolId'?: (string);
  'kind'?: (string);
  'personIds'?: (string)[];
}

export interface CheckPeopleRequest__Output {
  'schoolId': (string);
  'kind': (string);
  'personIds': (string)[];
}
