// Original file: proto/ejournal/attendance/v1/attendance.proto


export interface CorrectAbsenceRequest {
  'lessonId'?: (string);
  'studentId'?: (string);
  'code'?: (string);
  'documentKind'?: (string);
  'documentNumber'?: (string);
  'documentDate'?: (string);
  'reason'?: (string);
}

export interface CorrectAbsenceRequest__Output {
  'lessonId': (string);
  'studentId': (string);
  'code': (string);
  'documentKind': (string);
  'documentNumber': (string);
  'documentDate': (string);
  'reason': (string);
}
