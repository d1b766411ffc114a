// Original file: proto/ejournal/curriculum/v1/types.proto


export interface WorkKind {
  'code'?: (string);
  'name'?: (string);
  'weight'?: (number | string);
  'written'?: (boolean);
  'markingDays'?: (number);
  'workingDays'?: (boolean);
}

export interface WorkKind__Output {
  'code': (string);
  'name': (string);
  'weight': (number);
  'written': (boolean);
  'markingDays': (number);
  'workingDays': (boolean);
}
