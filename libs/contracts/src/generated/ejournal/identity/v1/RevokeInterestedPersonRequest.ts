// Original file: proto/ejournal/identity/v1/identity.proto


export interface RevokeInterestedPersonRequest {
  'childId'?: (string);
  'accountId'?: (string);
}

export interface RevokeInterestedPersonRequest__Output {
  'childId': (string);
  'accountId': (string);
}
