// Original file: proto/ejournal/identity/v1/identity.proto


export interface PupilName {
  'personId'?: (string);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
}

export interface PupilName__Output {
  'personId': (string);
  'lastName': (string);
  'firstName': (string);
  'middleName': (string);
}
