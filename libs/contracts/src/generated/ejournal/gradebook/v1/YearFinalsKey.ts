// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface YearFinalsKey {
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'yearId'?: (string);
}

export interface YearFinalsKey__Output {
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'yearId': (string);
}
