// Original file: proto/ejournal/identity/v1/identity.proto


export interface ConfirmGuardianRequest {
  'invitationId'?: (string);
  'accountId'?: (string);
}

export interface ConfirmGuardianRequest__Output {
  'invitationId': (string);
  'accountId': (string);
}
