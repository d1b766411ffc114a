// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface Roster {
  'classId'?: (string);
  'groupId'?: (string);
  'date'?: (string);
  'studentIds'?: (string)[];
}

export interface Roster__Output {
  'classId': (string);
  'groupId': (string);
  'date': (string);
  'studentIds': (string)[];
}
