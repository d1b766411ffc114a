// Original file: proto/ejournal/curriculum/v1/events.proto


export interface SchoolRegistered {
  'schoolId'?: (string);
  'name'?: (string);
  'shortName'?: (string);
  'municipality'?: (string);
}

export interface SchoolRegistered__Output {
  'schoolId': (string);
  'name': (string);
  'shortName': (string);
  'municipality': (string);
}
