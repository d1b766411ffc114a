// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface Room {
  'id'?: (string);
  'name'?: (string);
  'capacity'?: (number);
}

export interface Room__Output {
  'id': (string);
  'name': (string);
  'capacity': (number);
}
