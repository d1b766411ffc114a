// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface InspectYearRequest {
  'yearId'?: (string);
  'onDate'?: (string);
}

export interface InspectYearRequest__Output {
  'yearId': (string);
  'onDate': (string);
}
