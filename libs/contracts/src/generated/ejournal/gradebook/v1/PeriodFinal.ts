// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface PeriodFinal {
  'periodId'?: (string);
  'periodName'?: (string);
  'value'?: (number);
}

export interface PeriodFinal__Output {
  'periodId': (string);
  'periodName': (string);
  'value': (number);
}
