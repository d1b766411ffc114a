// Original file: proto/ejournal/identity/v1/identity.proto


export interface ImportedAccount {
  'line'?: (number);
  'personId'?: (string);
  'login'?: (string);
  'temporaryPassword'?: (string);
}

export interface ImportedAccount__Output {
  'line': (number);
  'personId': (string);
  'login': (string);
  'temporaryPassword': (string);
}
