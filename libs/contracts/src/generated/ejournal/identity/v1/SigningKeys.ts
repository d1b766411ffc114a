// Original file: proto/ejournal/identity/v1/identity.proto


export interface SigningKeys {
  'jwksJson'?: (string);
}

export interface SigningKeys__Output {
  'jwksJson': (string);
}
