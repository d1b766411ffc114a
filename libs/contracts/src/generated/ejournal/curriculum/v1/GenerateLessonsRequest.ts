// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GenerateLessonsRequest {
  'classId'?: (string);
  'from'?: (string);
  'to'?: (string);
}

export interface GenerateLessonsRequest__Output {
  'classId': (string);
  'from': (string);
  'to': (string);
}
