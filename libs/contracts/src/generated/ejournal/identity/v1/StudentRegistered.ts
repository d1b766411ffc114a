// Original file: proto/ejournal/identity/v1/events.proto


export interface StudentRegistered {
  'personId'?: (string);
  'classId'?: (string);
  'enrolOn'?: (string);
  'orderNumber'?: (string);
  'registeredBy'?: (string);
}

export interface StudentRegistered__Output {
  'personId': (string);
  'classId': (string);
  'enrolOn': (string);
  'orderNumber': (string);
  'registeredBy': (string);
}
