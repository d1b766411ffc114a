// Original file: proto/ejournal/identity/v1/identity.proto


export interface RevokeInterestedPersonResponse {
}

export interface RevokeInterestedPersonResponse__Output {
}
