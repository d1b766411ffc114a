// Original file: proto/ejournal/gradebook/v1/events.proto


export interface ChangeRequestOpened {
  'lessonId'?: (string);
  'requestId'?: (string);
  'teacherId'?: (string);
  'classId'?: (string);
  'subjectId'?: (string);
  'date'?: (string);
  'groupId'?: (string);
  'periodId'?: (string);
}

export interface ChangeRequestOpened__Output {
  'lessonId': (string);
  'requestId': (string);
  'teacherId': (string);
  'classId': (string);
  'subjectId': (string);
  'date': (string);
  'groupId': (string);
  'periodId': (string);
}
