// Original file: proto/ejournal/identity/v1/identity.proto


export interface GetSchoolDirectoryRequest {
  'schoolId'?: (string);
}

export interface GetSchoolDirectoryRequest__Output {
  'schoolId': (string);
}
