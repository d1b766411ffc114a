// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface Textbook {
  'id'?: (string);
  'subjectId'?: (string);
  'title'?: (string);
  'authors'?: (string);
  'grades'?: (number)[];
}

export interface Textbook__Output {
  'id': (string);
  'subjectId': (string);
  'title': (string);
  'authors': (string);
  'grades': (number)[];
}
