// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface CancelLessonRequest {
  'lessonId'?: (string);
  'reason'?: (string);
}

export interface CancelLessonRequest__Output {
  'lessonId': (string);
  'reason': (string);
}
