// Original file: proto/ejournal/identity/v1/identity.proto


export interface PersonName {
  'personId'?: (string);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
}

export interface PersonName__Output {
  'personId': (string);
  'lastName': (string);
  'firstName': (string);
  'middleName': (string);
}
