// Original file: proto/ejournal/identity/v1/events.proto


export interface FamiliesCounted {
  'pupils'?: (number);
  'pupilsWithParents'?: (number);
}

export interface FamiliesCounted__Output {
  'pupils': (number);
  'pupilsWithParents': (number);
}
