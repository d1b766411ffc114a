// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetSchoolRequest {
  'id'?: (string);
}

export interface GetSchoolRequest__Output {
  'id': (string);
}
