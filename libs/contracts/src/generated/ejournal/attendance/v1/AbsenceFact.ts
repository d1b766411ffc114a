// Original file: proto/ejournal/attendance/v1/events.proto


export interface AbsenceFact {
  'lessonId'?: (string);
  'classId'?: (string);
  'subjectId'?: (string);
  'date'?: (string);
  'studentId'?: (string);
  'code'?: (string);
  'revision'?: (number);
}

export interface AbsenceFact__Output {
  'lessonId': (string);
  'classId': (string);
  'subjectId': (string);
  'date': (string);
  'studentId': (string);
  'code': (string);
  'revision': (number);
}
