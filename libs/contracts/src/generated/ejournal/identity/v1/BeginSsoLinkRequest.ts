// Original file: proto/ejournal/identity/v1/identity.proto


export interface BeginSsoLinkRequest {
}

export interface BeginSsoLinkRequest__Output {
}
