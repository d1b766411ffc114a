// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface MarkEntry {
  'studentId'?: (string);
  'values'?: (number)[];
  'passFail'?: (string);
  'workKind'?: (string);
  'comment'?: (string);
  'explanation'?: (string);
}

export interface MarkEntry__Output {
  'studentId': (string);
  'values': (number)[];
  'passFail': (string);
  'workKind': (string);
  'comment': (string);
  'explanation': (string);
}
