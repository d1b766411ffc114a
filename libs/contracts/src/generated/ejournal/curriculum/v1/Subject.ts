// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface Subject {
  'id'?: (string);
  'name'?: (string);
  'shortName'?: (string);
  'regional'?: (boolean);
}

export interface Subject__Output {
  'id': (string);
  'name': (string);
  'shortName': (string);
  'regional': (boolean);
}
