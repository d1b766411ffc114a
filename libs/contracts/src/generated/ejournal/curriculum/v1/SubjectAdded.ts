// Original file: proto/ejournal/curriculum/v1/events.proto


export interface SubjectAdded {
  'schoolId'?: (string);
  'subjectId'?: (string);
  'name'?: (string);
  'shortName'?: (string);
}

export interface SubjectAdded__Output {
  'schoolId': (string);
  'subjectId': (string);
  'name': (string);
  'shortName': (string);
}
