// Original file: proto/ejournal/curriculum/v1/types.proto


export interface Bell {
  'number'?: (number);
  'startsAt'?: (string);
  'endsAt'?: (string);
}

export interface Bell__Output {
  'number': (number);
  'startsAt': (string);
  'endsAt': (string);
}
