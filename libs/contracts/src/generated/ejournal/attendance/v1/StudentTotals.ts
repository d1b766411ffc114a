// Original file: proto/ejournal/attendance/v1/attendance.proto


export interface StudentTotals {
  'studentId'?: (string);
  'unexcused'?: (number);
  'illness'?: (number);
  'excused'?: (number);
  'late'?: (number);
}

export interface StudentTotals__Output {
  'studentId': (string);
  'unexcused': (number);
  'illness': (number);
  'excused': (number);
  'late': (number);
}
