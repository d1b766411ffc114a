// Original file: proto/ejournal/identity/v1/identity.proto


export interface BeginSsoLoginRequest {
}

export interface BeginSsoLoginRequest__Output {
}
