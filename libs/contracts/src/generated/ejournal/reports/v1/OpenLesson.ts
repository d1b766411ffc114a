// Original file: proto/ejournal/reports/v1/reports.proto


export interface OpenLesson {
  'lessonId'?: (string);
  'date'?: (string);
  'className'?: (string);
  'subjectName'?: (string);
  'teacherId'?: (string);
  'teacherName'?: (string);
  'missing'?: (string)[];
}

export interface OpenLesson__Output {
  'lessonId': (string);
  'date': (string);
  'className': (string);
  'subjectName': (string);
  'teacherId': (string);
  'teacherName': (string);
  'missing': (string)[];
}
