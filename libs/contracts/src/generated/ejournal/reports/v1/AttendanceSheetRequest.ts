// Original file: proto/ejournal/reports/v1/reports.proto


export interface AttendanceSheetRequest {
  'classId'?: (string);
  'from'?: (string);
  'to'?: (string);
  'format'?: (string);
}

export interface AttendanceSheetRequest__Output {
  'classId': (string);
  'from': (string);
  'to': (string);
  'format': (string);
}
