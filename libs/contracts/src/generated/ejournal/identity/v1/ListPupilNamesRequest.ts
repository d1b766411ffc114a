// Original file: proto/ejournal/identity/v1/identity.proto


export interface ListPupilNamesRequest {
  'classId'?: (string);
}

export interface ListPupilNamesRequest__Output {
  'classId': (string);
}
