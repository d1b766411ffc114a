// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ListClassesRequest {
  'yearId'?: (string);
}

export interface ListClassesRequest__Output {
  'yearId': (string);
}
