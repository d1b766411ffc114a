// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ListTeacherLessonsRequest {
  'schoolId'?: (string);
  'teacherId'?: (string);
  'weekOf'?: (string);
}

export interface ListTeacherLessonsRequest__Output {
  'schoolId': (string);
  'teacherId': (string);
  'weekOf': (string);
}
