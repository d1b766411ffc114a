// Original file: proto/ejournal/reports/v1/reports.proto


export interface ClassMovement {
  'date'?: (string);
  'studentId'?: (string);
  'name'?: (string);
  'kind'?: (string);
  'kindName'?: (string);
  'arrival'?: (boolean);
  'otherClassName'?: (string);
  'orderNumber'?: (string);
}

export interface ClassMovement__Output {
  'date': (string);
  'studentId': (string);
  'name': (string);
  'kind': (string);
  'kindName': (string);
  'arrival': (boolean);
  'otherClassName': (string);
  'orderNumber': (string);
}
