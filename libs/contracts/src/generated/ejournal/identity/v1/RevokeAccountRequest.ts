// Original file: proto/ejournal/identity/v1/identity.proto


export interface RevokeAccountRequest {
  'accountId'?: (string);
  'reason'?: (string);
}

export interface RevokeAccountRequest__Output {
  'accountId': (string);
  'reason': (string);
}
