// Original file: proto/ejournal/attendance/v1/attendance.proto


export interface MonthlySheetRequest {
  'classId'?: (string);
  'month'?: (string);
}

export interface MonthlySheetRequest__Output {
  'classId': (string);
  'month': (string);
}
