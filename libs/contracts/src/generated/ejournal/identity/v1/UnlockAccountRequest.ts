// Original file: proto/ejournal/identity/v1/identity.proto


export interface UnlockAccountRequest {
  'accountId'?: (string);
}

export interface UnlockAccountRequest__Output {
  'accountId': (string);
}
