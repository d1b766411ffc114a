// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GenerateLessonsResult {
  'planned'?: (number);
  'cancelled'?: (number);
  'unchanged'?: (number);
  'replanned'?: (number);
}

export interface GenerateLessonsResult__Output {
  'planned': (number);
  'cancelled': (number);
  'unchanged': (number);
  'replanned': (number);
}
