// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface AddLessonRequest {
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'teacherId'?: (string);
  'roomId'?: (string);
  'date'?: (string);
  'number'?: (number);
  'reason'?: (string);
}

export interface AddLessonRequest__Output {
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'teacherId': (string);
  'roomId': (string);
  'date': (string);
  'number': (number);
  'reason': (string);
}
