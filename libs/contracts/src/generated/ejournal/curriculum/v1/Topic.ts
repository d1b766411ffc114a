// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface Topic {
  'number'?: (number);
  'title'?: (string);
  'hours'?: (number | string);
}

export interface Topic__Output {
  'number': (number);
  'title': (string);
  'hours': (number);
}
