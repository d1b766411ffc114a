// Original file: proto/ejournal/gradebook/v1/events.proto

import type { Long } from '@grpc/proto-loader';

export interface _ejournal_gradebook_v1_LessonRecorded_Individual {
  'studentId'?: (string);
  'text'?: (string);
}

export interface _ejournal_gradebook_v1_LessonRecorded_Individual__Output {
  'studentId': (string);
  'text': (string);
}

export interface LessonRecorded {
  'lessonId'?: (string);
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'date'?: (string);
  'teacherId'?: (string);
  'topic'?: (string);
  'homework'?: (string);
  'noHomework'?: (boolean);
  'individualHomework'?: (_ejournal_gradebook_v1_LessonRecorded_Individual)[];
  'version'?: (number | string | Long);
}

export interface LessonRecorded__Output {
  'lessonId': (string);
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'date': (string);
  'teacherId': (string);
  'topic': (string);
  'homework': (string);
  'noHomework': (boolean);
  'individualHomework': (_ejournal_gradebook_v1_LessonRecorded_Individual__Output)[];
  'version': (string);
}
