// Original file: proto/ejournal/identity/v1/identity.proto


export interface TemporaryPassword {
  'temporaryPassword'?: (string);
}

export interface TemporaryPassword__Output {
  'temporaryPassword': (string);
}
