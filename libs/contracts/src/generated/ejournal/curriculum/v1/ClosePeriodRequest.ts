// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ClosePeriodRequest {
  'yearId'?: (string);
  'periodId'?: (string);
}

export interface ClosePeriodRequest__Output {
  'yearId': (string);
  'periodId': (string);
}
