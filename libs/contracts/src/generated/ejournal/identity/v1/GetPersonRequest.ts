// Original file: proto/ejournal/identity/v1/identity.proto


export interface GetPersonRequest {
  'personId'?: (string);
}

export interface GetPersonRequest__Output {
  'personId': (string);
}
