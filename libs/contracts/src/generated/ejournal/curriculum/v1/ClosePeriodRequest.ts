// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ClosePeriodRequest {
  'yearId'?: (string);
  'periodId'?: (string);
  'confirm'?: (boolean);
}

export interface ClosePeriodRequest__Output {
  'yearId': (string);
  'periodId': (string);
  'confirm': (boolean);
}
