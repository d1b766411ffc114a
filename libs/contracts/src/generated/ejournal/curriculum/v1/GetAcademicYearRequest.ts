// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetAcademicYearRequest {
  'yearId'?: (string);
}

export interface GetAcademicYearRequest__Output {
  'yearId': (string);
}
