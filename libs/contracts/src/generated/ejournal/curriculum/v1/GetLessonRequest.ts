// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetLessonRequest {
  'lessonId'?: (string);
}

export interface GetLessonRequest__Output {
  'lessonId': (string);
}
