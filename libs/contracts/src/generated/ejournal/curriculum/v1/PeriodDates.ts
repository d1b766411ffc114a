// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface PeriodDates {
  'startsOn'?: (string);
  'endsOn'?: (string);
}

export interface PeriodDates__Output {
  'startsOn': (string);
  'endsOn': (string);
}
