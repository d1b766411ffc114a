// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetStudentHistoryRequest {
  'schoolId'?: (string);
  'studentId'?: (string);
}

export interface GetStudentHistoryRequest__Output {
  'schoolId': (string);
  'studentId': (string);
}
