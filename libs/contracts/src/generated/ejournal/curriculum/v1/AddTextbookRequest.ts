// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface AddTextbookRequest {
  'schoolId'?: (string);
  'subjectId'?: (string);
  'title'?: (string);
  'authors'?: (string);
  'grades'?: (number)[];
}

export interface AddTextbookRequest__Output {
  'schoolId': (string);
  'subjectId': (string);
  'title': (string);
  'authors': (string);
  'grades': (number)[];
}
