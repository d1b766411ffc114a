// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ListSubjectLessonsRequest {
  'classId'?: (string);
  'subjectId'?: (string);
  'periodId'?: (string);
}

export interface ListSubjectLessonsRequest__Output {
  'classId': (string);
  'subjectId': (string);
  'periodId': (string);
}
