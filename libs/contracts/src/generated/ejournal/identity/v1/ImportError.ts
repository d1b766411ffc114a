// Original file: proto/ejournal/identity/v1/identity.proto


export interface ImportError {
  'line'?: (number);
  'message'?: (string);
}

export interface ImportError__Output {
  'line': (number);
  'message': (string);
}
