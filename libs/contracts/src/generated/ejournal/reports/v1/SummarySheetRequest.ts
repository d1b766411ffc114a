// Original file: proto/ejournal/reports/v1/reports.proto


export interface SummarySheetRequest {
  'classId'?: (string);
  'periodId'?: (string);
  'format'?: (string);
}

export interface SummarySheetRequest__Output {
  'classId': (string);
  'periodId': (string);
  'format': (string);
}
