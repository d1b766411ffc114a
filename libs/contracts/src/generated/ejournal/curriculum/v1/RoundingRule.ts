// Original file: proto/ejournal/curriculum/v1/types.proto


export interface RoundingRule {
  'fiveFrom'?: (number | string);
  'fourFrom'?: (number | string);
  'threeFrom'?: (number | string);
}

export interface RoundingRule__Output {
  'fiveFrom': (number);
  'fourFrom': (number);
  'threeFrom': (number);
}
