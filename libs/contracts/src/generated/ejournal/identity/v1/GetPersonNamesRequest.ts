// Original file: proto/ejournal/identity/v1/identity.proto


export interface GetPersonNamesRequest {
  'schoolId'?: (string);
  'personIds'?: (string)[];
}

export interface GetPersonNamesRequest__Output {
  'schoolId': (string);
  'personIds': (string)[];
}
