// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Topic as _ejournal_curriculum_v1_Topic, Topic__Output as _ejournal_curriculum_v1_Topic__Output } from '../../../ejournal/curriculum/v1/Topic';
import type { Long } from '@grpc/proto-loader';

export interface ThematicPlan {
  'id'?: (string);
  'yearId'?: (string);
  'grade'?: (number);
  'subjectId'?: (string);
  'teacherId'?: (string);
  'topics'?: (_ejournal_curriculum_v1_Topic)[];
  'totalHours'?: (number | string);
  'curriculumHours'?: (number | string);
  'status'?: (string);
  'version'?: (number | string | Long);
}

export interface ThematicPlan__Output {
  'id': (string);
  'yearId': (string);
  'grade': (number);
  'subjectId': (string);
  'teacherId': (string);
  'topics': (_ejournal_curriculum_v1_Topic__Output)[];
  'totalHours': (number);
  'curriculumHours': (number);
  'status': (string);
  'version': (string);
}
