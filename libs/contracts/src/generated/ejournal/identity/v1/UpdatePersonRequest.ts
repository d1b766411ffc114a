// Original file: proto/ejournal/identity/v1/identity.proto


export interface UpdatePersonRequest {
  'personId'?: (string);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  '_lastName'?: "lastName";
  '_firstName'?: "firstName";
  '_middleName'?: "middleName";
  '_email'?: "email";
  '_phone'?: "phone";
}

export interface UpdatePersonRequest__Output {
  'personId': (string);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  '_lastName'?: "lastName";
  '_firstName'?: "firstName";
  '_middleName'?: "middleName";
  '_email'?: "email";
  '_phone'?: "phone";
}
