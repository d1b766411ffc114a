// Original file: proto/ejournal/reports/v1/reports.proto


export interface CodeCount {
  'code'?: (string);
  'count'?: (number);
}

export interface CodeCount__Output {
  'code': (string);
  'count': (number);
}
