// Original file: proto/ejournal/identity/v1/identity.proto


export interface CheckedPeople {
  'unknownIds'?: (string)[];
}

export interface CheckedPeople__Output {
  'unknownIds': (string)[];
}
