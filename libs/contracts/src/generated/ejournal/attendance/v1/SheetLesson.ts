// Original file: proto/ejournal/attendance/v1/attendance.proto


export interface SheetLesson {
  'lessonId'?: (string);
  'date'?: (string);
  'number'?: (number);
  'subjectId'?: (string);
  'recorded'?: (boolean);
}

export interface SheetLesson__Output {
  'lessonId': (string);
  'date': (string);
  'number': (number);
  'subjectId': (string);
  'recorded': (boolean);
}
