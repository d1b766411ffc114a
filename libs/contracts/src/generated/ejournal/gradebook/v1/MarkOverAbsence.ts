// Original file: proto/ejournal/gradebook/v1/events.proto


export interface MarkOverAbsence {
  'markId'?: (string);
  'lessonId'?: (string);
  'classId'?: (string);
  'subjectId'?: (string);
  'studentId'?: (string);
  'date'?: (string);
  'absenceCode'?: (string);
  'explanation'?: (string);
}

export interface MarkOverAbsence__Output {
  'markId': (string);
  'lessonId': (string);
  'classId': (string);
  'subjectId': (string);
  'studentId': (string);
  'date': (string);
  'absenceCode': (string);
  'explanation': (string);
}
