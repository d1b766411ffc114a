// Original file: proto/ejournal/reports/v1/reports.proto


export interface WeekShare {
  'week'?: (string);
  'teachers'?: (number);
  'onTime'?: (number);
  'share'?: (number | string);
}

export interface WeekShare__Output {
  'week': (string);
  'teachers': (number);
  'onTime': (number);
  'share': (number);
}
