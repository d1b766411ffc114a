// Original file: proto/ejournal/gradebook/v1/events.proto

import type { Long } from '@grpc/proto-loader';

export interface _ejournal_gradebook_v1_LessonRecorded_File {
  'id'?: (string);
  'name'?: (string);
  'contentType'?: (string);
  'size'?: (number);
}

export interface _ejournal_gradebook_v1_LessonRecorded_File__Output {
  'id': (string);
  'name': (string);
  'contentType': (string);
  'size': (number);
}

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
  'files'?: (_ejournal_gradebook_v1_LessonRecorded_File)[];
  'remarks'?: (_ejournal_gradebook_v1_LessonRecorded_Individual)[];
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
  'files': (_ejournal_gradebook_v1_LessonRecorded_File__Output)[];
  'remarks': (_ejournal_gradebook_v1_LessonRecorded_Individual__Output)[];
}
