// Original file: proto/ejournal/identity/v1/identity.proto


export interface SsoAuthorization {
  'authorizationUrl'?: (string);
}

export interface SsoAuthorization__Output {
  'authorizationUrl': (string);
}
