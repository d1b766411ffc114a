// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface AddSubjectRequest {
  'schoolId'?: (string);
  'name'?: (string);
  'shortName'?: (string);
}

export interface AddSubjectRequest__Output {
  'schoolId': (string);
  'name': (string);
  'shortName': (string);
}
