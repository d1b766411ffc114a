// Original file: proto/ejournal/curriculum/v1/events.proto


export interface ClassFact {
  'classId'?: (string);
  'grade'?: (number);
  'letter'?: (string);
  'classTeacherId'?: (string);
  'groupIds'?: (string)[];
}

export interface ClassFact__Output {
  'classId': (string);
  'grade': (number);
  'letter': (string);
  'classTeacherId': (string);
  'groupIds': (string)[];
}
