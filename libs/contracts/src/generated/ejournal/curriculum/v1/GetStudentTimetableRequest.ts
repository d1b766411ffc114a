// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetStudentTimetableRequest {
  'schoolId'?: (string);
  'studentId'?: (string);
  'weekOf'?: (string);
}

export interface GetStudentTimetableRequest__Output {
  'schoolId': (string);
  'studentId': (string);
  'weekOf': (string);
}
