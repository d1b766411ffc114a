// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetTeacherLoadRequest {
  'yearId'?: (string);
  'teacherId'?: (string);
}

export interface GetTeacherLoadRequest__Output {
  'yearId': (string);
  'teacherId': (string);
}
