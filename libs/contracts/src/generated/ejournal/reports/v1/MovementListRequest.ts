// Original file: proto/ejournal/reports/v1/reports.proto


export interface MovementListRequest {
  'classId'?: (string);
  'periodId'?: (string);
  'from'?: (string);
  'to'?: (string);
  'format'?: (string);
}

export interface MovementListRequest__Output {
  'classId': (string);
  'periodId': (string);
  'from': (string);
  'to': (string);
  'format': (string);
}
