// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetClassRequest {
  'classId'?: (string);
}

export interface GetClassRequest__Output {
  'classId': (string);
}
