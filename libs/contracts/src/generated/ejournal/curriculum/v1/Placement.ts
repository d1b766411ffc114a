// Original file: proto/ejournal/curriculum/v1/types.proto


export interface Placement {
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'from'?: (string);
  'until'?: (string);
}

export interface Placement__Output {
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'from': (string);
  'until': (string);
}
