// Original file: proto/ejournal/identity/v1/identity.proto


export interface ContactAddress {
  'personId'?: (string);
  'email'?: (string);
}

export interface ContactAddress__Output {
  'personId': (string);
  'email': (string);
}
