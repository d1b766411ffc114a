// Original file: proto/ejournal/reports/v1/reports.proto


export interface FillingControlRequest {
  'schoolId'?: (string);
  'from'?: (string);
  'to'?: (string);
  'format'?: (string);
}

export interface FillingControlRequest__Output {
  'schoolId': (string);
  'from': (string);
  'to': (string);
  'format': (string);
}
