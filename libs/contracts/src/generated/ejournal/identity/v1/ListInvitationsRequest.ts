// Original file: proto/ejournal/identity/v1/identity.proto


export interface ListInvitationsRequest {
  'schoolId'?: (string);
  'classId'?: (string);
}

export interface ListInvitationsRequest__Output {
  'schoolId': (string);
  'classId': (string);
}
