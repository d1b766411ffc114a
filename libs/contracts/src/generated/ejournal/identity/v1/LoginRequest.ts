// Original file: proto/ejournal/identity/v1/identity.proto


export interface LoginRequest {
  'login'?: (string);
  'password'?: (string);
}

export interface LoginRequest__Output {
  'login': (string);
  'password': (string);
}
