// Original file: proto/ejournal/identity/v1/events.proto


export interface StaffNamed {
  'personId'?: (string);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
}

export interface StaffNamed__Output {
  'personId': (string);
  'lastName': (string);
  'firstName': (string);
  'middleName': (string);
}
