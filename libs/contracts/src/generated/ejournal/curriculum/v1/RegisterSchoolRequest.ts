// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface RegisterSchoolRequest {
  'name'?: (string);
  'shortName'?: (string);
  'municipality'?: (string);
}

export interface RegisterSchoolRequest__Output {
  'name': (string);
  'shortName': (string);
  'municipality': (string);
}
