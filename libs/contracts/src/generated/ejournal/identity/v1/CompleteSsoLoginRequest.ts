// Original file: proto/ejournal/identity/v1/identity.proto


export interface CompleteSsoLoginRequest {
  'code'?: (string);
  'state'?: (string);
}

export interface CompleteSsoLoginRequest__Output {
  'code': (string);
  'state': (string);
}
