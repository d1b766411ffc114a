// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface Finding {
  'code'?: (string);
  'message'?: (string);
  'classIds'?: (string)[];
  'subjectId'?: (string);
  'teacherId'?: (string);
  'roomId'?: (string);
  'weekday'?: (number);
  'lessonNumber'?: (number);
  'groupId'?: (string);
  'studentId'?: (string);
  'grade'?: (number);
}

export interface Finding__Output {
  'code': (string);
  'message': (string);
  'classIds': (string)[];
  'subjectId': (string);
  'teacherId': (string);
  'roomId': (string);
  'weekday': (number);
  'lessonNumber': (number);
  'groupId': (string);
  'studentId': (string);
  'grade': (number);
}
