// Original file: proto/ejournal/curriculum/v1/types.proto


export interface Holiday {
  'startsOn'?: (string);
  'endsOn'?: (string);
  'name'?: (string);
}

export interface Holiday__Output {
  'startsOn': (string);
  'endsOn': (string);
  'name': (string);
}
