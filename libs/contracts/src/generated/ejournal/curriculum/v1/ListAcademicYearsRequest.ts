// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ListAcademicYearsRequest {
  'schoolId'?: (string);
}

export interface ListAcademicYearsRequest__Output {
  'schoolId': (string);
}
