// Original file: proto/ejournal/gradebook/v1/events.proto


export interface FinalSet {
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'periodId'?: (string);
  'studentId'?: (string);
  'value'?: (number);
  'kind'?: (string);
  'notAttested'?: (boolean);
}

export interface FinalSet__Output {
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'periodId': (string);
  'studentId': (string);
  'value': (number);
  'kind': (string);
  'notAttested': (boolean);
}
