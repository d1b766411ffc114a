// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface LoadAssignment {
  'teacherId'?: (string);
  'subjectId'?: (string);
  'classId'?: (string);
  'groupId'?: (string);
  'hoursPerWeek'?: (number | string);
}

export interface LoadAssignment__Output {
  'teacherId': (string);
  'subjectId': (string);
  'classId': (string);
  'groupId': (string);
  'hoursPerWeek': (number);
}
