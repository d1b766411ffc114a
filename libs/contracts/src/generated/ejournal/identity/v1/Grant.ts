// Original file: proto/ejournal/identity/v1/identity.proto


export interface Grant {
  'role'?: (string);
  'schoolId'?: (string);
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'childId'?: (string);
  'personId'?: (string);
  'source'?: (string);
  'until'?: (string);
}

export interface Grant__Output {
  'role': (string);
  'schoolId': (string);
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'childId': (string);
  'personId': (string);
  'source': (string);
  'until': (string);
}
