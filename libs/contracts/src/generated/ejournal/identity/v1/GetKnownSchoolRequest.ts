// Original file: proto/ejournal/identity/v1/identity.proto


export interface GetKnownSchoolRequest {
  'schoolId'?: (string);
}

export interface GetKnownSchoolRequest__Output {
  'schoolId': (string);
}
