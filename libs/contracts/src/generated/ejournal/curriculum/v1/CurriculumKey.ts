// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface CurriculumKey {
  'yearId'?: (string);
  'grade'?: (number);
}

export interface CurriculumKey__Output {
  'yearId': (string);
  'grade': (number);
}
