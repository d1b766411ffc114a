// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ListYearPlacementsRequest {
  'yearId'?: (string);
}

export interface ListYearPlacementsRequest__Output {
  'yearId': (string);
}
