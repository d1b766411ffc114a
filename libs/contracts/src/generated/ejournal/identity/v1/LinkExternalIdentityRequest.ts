// Original file: proto/ejournal/identity/v1/identity.proto


export interface LinkExternalIdentityRequest {
  'accountId'?: (string);
  'externalId'?: (string);
}

export interface LinkExternalIdentityRequest__Output {
  'accountId': (string);
  'externalId': (string);
}
