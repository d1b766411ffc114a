// Original file: proto/ejournal/identity/v1/identity.proto


export interface ResetPasswordRequest {
  'accountId'?: (string);
}

export interface ResetPasswordRequest__Output {
  'accountId': (string);
}
