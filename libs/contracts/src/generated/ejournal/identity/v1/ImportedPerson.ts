// Original file: proto/ejournal/identity/v1/identity.proto


export interface ImportedPerson {
  'line'?: (number);
  'personId'?: (string);
  'login'?: (string);
  'temporaryPassword'?: (string);
  'accountId'?: (string);
}

export interface ImportedPerson__Output {
  'line': (number);
  'personId': (string);
  'login': (string);
  'temporaryPassword': (string);
  'accountId': (string);
}
