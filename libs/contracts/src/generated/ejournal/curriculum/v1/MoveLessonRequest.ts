// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface MoveLessonRequest {
  'lessonId'?: (string);
  'date'?: (string);
  'number'?: (number);
  'roomId'?: (string);
  'reason'?: (string);
}

export interface MoveLessonRequest__Output {
  'lessonId': (string);
  'date': (string);
  'number': (number);
  'roomId': (string);
  'reason': (string);
}
