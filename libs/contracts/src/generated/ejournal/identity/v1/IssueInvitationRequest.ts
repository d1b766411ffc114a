// Original file: proto/ejournal/identity/v1/identity.proto


export interface IssueInvitationRequest {
  'childId'?: (string);
  'role'?: (string);
}

export interface IssueInvitationRequest__Output {
  'childId': (string);
  'role': (string);
}
