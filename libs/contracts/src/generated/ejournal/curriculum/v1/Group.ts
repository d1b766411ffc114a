// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface Group {
  'id'?: (string);
  'subjectId'?: (string);
  'name'?: (string);
}

export interface Group__Output {
  'id': (string);
  'subjectId': (string);
  'name': (string);
}
