// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ListClassLessonsRequest {
  'classId'?: (string);
  'weekOf'?: (string);
}

export interface ListClassLessonsRequest__Output {
  'classId': (string);
  'weekOf': (string);
}
