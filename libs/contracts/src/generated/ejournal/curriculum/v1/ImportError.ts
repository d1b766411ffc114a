// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ImportError {
  'line'?: (number);
  'message'?: (string);
}

export interface ImportError__Output {
  'line': (number);
  'message': (string);
}
