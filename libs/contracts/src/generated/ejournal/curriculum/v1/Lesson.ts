// Original file: proto/ejournal/curriculum/v1/types.proto

import type { Long } from '@grpc/proto-loader';

export interface Lesson {
  'id'?: (string);
  'schoolId'?: (string);
  'yearId'?: (string);
  'periodId'?: (string);
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'teacherId'?: (string);
  'substituteTeacherId'?: (string);
  'roomId'?: (string);
  'date'?: (string);
  'number'?: (number);
  'startsAt'?: (string);
  'endsAt'?: (string);
  'status'?: (string);
  'origin'?: (string);
  'version'?: (number | string | Long);
  'grade'?: (number);
  'pinned'?: (boolean);
}

export interface Lesson__Output {
  'id': (string);
  'schoolId': (string);
  'yearId': (string);
  'periodId': (string);
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'teacherId': (string);
  'substituteTeacherId': (string);
  'roomId': (string);
  'date': (string);
  'number': (number);
  'startsAt': (string);
  'endsAt': (string);
  'status': (string);
  'origin': (string);
  'version': (string);
  'grade': (number);
  'pinned': (boolean);
}
