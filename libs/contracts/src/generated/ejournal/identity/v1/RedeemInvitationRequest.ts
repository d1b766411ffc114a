// Original file: proto/ejournal/identity/v1/identity.proto


export interface RedeemInvitationRequest {
  'code'?: (string);
  'login'?: (string);
  'password'?: (string);
  'lastName'?: (string);
  'firstName'?: (string);
  'middleName'?: (string);
}

export interface RedeemInvitationRequest__Output {
  'code': (string);
  'login': (string);
  'password': (string);
  'lastName': (string);
  'firstName': (string);
  'middleName': (string);
}
