// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface SetSubstitutionRequest {
  'lessonId'?: (string);
  'teacherId'?: (string);
  'reason'?: (string);
}

export interface SetSubstitutionRequest__Output {
  'lessonId': (string);
  'teacherId': (string);
  'reason': (string);
}
