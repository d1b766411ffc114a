// Original file: proto/ejournal/gradebook/v1/events.proto


export interface ChangeRequestDecided {
  'lessonId'?: (string);
  'requestId'?: (string);
  'teacherId'?: (string);
  'classId'?: (string);
  'subjectId'?: (string);
  'date'?: (string);
  'approved'?: (boolean);
  'note'?: (string);
  'groupId'?: (string);
  'periodId'?: (string);
}

export interface ChangeRequestDecided__Output {
  'lessonId': (string);
  'requestId': (string);
  'teacherId': (string);
  'classId': (string);
  'subjectId': (string);
  'date': (string);
  'approved': (boolean);
  'note': (string);
  'groupId': (string);
  'periodId': (string);
}
