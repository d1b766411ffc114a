// Original file: proto/ejournal/identity/v1/identity.proto


export interface ChangePasswordRequest {
  'login'?: (string);
  'currentPassword'?: (string);
  'newPassword'?: (string);
}

export interface ChangePasswordRequest__Output {
  'login': (string);
  'currentPassword': (string);
  'newPassword': (string);
}
