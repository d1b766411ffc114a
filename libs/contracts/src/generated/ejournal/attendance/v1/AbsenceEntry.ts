// Original file: proto/ejournal/attendance/v1/attendance.proto


export interface AbsenceEntry {
  'studentId'?: (string);
  'code'?: (string);
}

export interface AbsenceEntry__Output {
  'studentId': (string);
  'code': (string);
}
