// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface Remark {
  'studentId'?: (string);
  'text'?: (string);
}

export interface Remark__Output {
  'studentId': (string);
  'text': (string);
}
