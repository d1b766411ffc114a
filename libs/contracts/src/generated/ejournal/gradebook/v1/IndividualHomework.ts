// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface IndividualHomework {
  'studentId'?: (string);
  'text'?: (string);
}

export interface IndividualHomework__Output {
  'studentId': (string);
  'text': (string);
}
