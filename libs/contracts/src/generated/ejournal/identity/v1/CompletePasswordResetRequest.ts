// Original file: proto/ejournal/identity/v1/identity.proto


export interface CompletePasswordResetRequest {
  'login'?: (string);
  'code'?: (string);
  'newPassword'?: (string);
}

export interface CompletePasswordResetRequest__Output {
  'login': (string);
  'code': (string);
  'newPassword': (string);
}
