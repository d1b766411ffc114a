// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ClassPromotion {
  'fromClassId'?: (string);
  'fromName'?: (string);
  'toClassId'?: (string);
  'toName'?: (string);
  'students'?: (number);
  'graduating'?: (boolean);
}

export interface ClassPromotion__Output {
  'fromClassId': (string);
  'fromName': (string);
  'toClassId': (string);
  'toName': (string);
  'students': (number);
  'graduating': (boolean);
}
