// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ReopenPeriodRequest {
  'yearId'?: (string);
  'periodId'?: (string);
  'reason'?: (string);
}

export interface ReopenPeriodRequest__Output {
  'yearId': (string);
  'periodId': (string);
  'reason': (string);
}
