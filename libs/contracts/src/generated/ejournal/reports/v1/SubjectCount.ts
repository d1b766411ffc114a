// Original file: proto/ejournal/reports/v1/reports.proto


export interface SubjectCount {
  'subjectId'?: (string);
  'subjectName'?: (string);
  'count'?: (number);
}

export interface SubjectCount__Output {
  'subjectId': (string);
  'subjectName': (string);
  'count': (number);
}
