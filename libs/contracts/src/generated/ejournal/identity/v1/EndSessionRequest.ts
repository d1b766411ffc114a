// Original file: proto/ejournal/identity/v1/identity.proto


export interface EndSessionRequest {
  'refreshToken'?: (string);
}

export interface EndSessionRequest__Output {
  'refreshToken': (string);
}
