// Original file: proto/ejournal/curriculum/v1/types.proto


export interface MinimumMarks {
  'quarter'?: (number);
  'trimester'?: (number);
  'halfYear'?: (number);
  'written'?: (number);
}

export interface MinimumMarks__Output {
  'quarter': (number);
  'trimester': (number);
  'halfYear': (number);
  'written': (number);
}
