// Original file: proto/ejournal/identity/v1/events.proto


export interface InvitationIssued {
  'invitationId'?: (string);
  'childId'?: (string);
  'classId'?: (string);
  'role'?: (string);
}

export interface InvitationIssued__Output {
  'invitationId': (string);
  'childId': (string);
  'classId': (string);
  'role': (string);
}
