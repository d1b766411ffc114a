// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface SetClassTeacherRequest {
  'classId'?: (string);
  'teacherId'?: (string);
}

export interface SetClassTeacherRequest__Output {
  'classId': (string);
  'teacherId': (string);
}
