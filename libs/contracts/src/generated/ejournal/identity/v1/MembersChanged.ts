// Original file: proto/ejournal/identity/v1/events.proto


export interface MembersChanged {
  'personId'?: (string);
}

export interface MembersChanged__Output {
  'personId': (string);
}
