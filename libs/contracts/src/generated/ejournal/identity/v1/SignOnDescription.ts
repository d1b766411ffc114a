// Original file: proto/ejournal/identity/v1/identity.proto


export interface SignOnDescription {
  'enabled'?: (boolean);
}

export interface SignOnDescription__Output {
  'enabled': (boolean);
}
