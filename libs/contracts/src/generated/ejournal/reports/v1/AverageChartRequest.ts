// Original file: proto/ejournal/reports/v1/reports.proto


export interface AverageChartRequest {
  'classId'?: (string);
  'subjectId'?: (string);
  'periodId'?: (string);
}

export interface AverageChartRequest__Output {
  'classId': (string);
  'subjectId': (string);
  'periodId': (string);
}
