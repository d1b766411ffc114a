// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ImportRequest {
  'yearId'?: (string);
  'csv'?: (string);
  'validFrom'?: (string);
  'validTo'?: (string);
}

export interface ImportRequest__Output {
  'yearId': (string);
  'csv': (string);
  'validFrom': (string);
  'validTo': (string);
}
