// Original file: proto/ejournal/gradebook/v1/events.proto


export interface MarkFact {
  'markId'?: (string);
  'lessonId'?: (string);
  'classId'?: (string);
  'subjectId'?: (string);
  'periodId'?: (string);
  'studentId'?: (string);
  'date'?: (string);
  'values'?: (number)[];
  'passFail'?: (string);
  'workKind'?: (string);
  'weight'?: (number | string);
  'removed'?: (boolean);
  'revision'?: (number);
  'comment'?: (string);
  'onTime'?: (boolean);
}

export interface MarkFact__Output {
  'markId': (string);
  'lessonId': (string);
  'classId': (string);
  'subjectId': (string);
  'periodId': (string);
  'studentId': (string);
  'date': (string);
  'values': (number)[];
  'passFail': (string);
  'workKind': (string);
  'weight': (number);
  'removed': (boolean);
  'revision': (number);
  'comment': (string);
  'onTime': (boolean);
}
