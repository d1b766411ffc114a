// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Topic as _ejournal_curriculum_v1_Topic, Topic__Output as _ejournal_curriculum_v1_Topic__Output } from '../../../ejournal/curriculum/v1/Topic';

export interface SetThematicPlanRequest {
  'yearId'?: (string);
  'grade'?: (number);
  'subjectId'?: (string);
  'teacherId'?: (string);
  'topics'?: (_ejournal_curriculum_v1_Topic)[];
}

export interface SetThematicPlanRequest__Output {
  'yearId': (string);
  'grade': (number);
  'subjectId': (string);
  'teacherId': (string);
  'topics': (_ejournal_curriculum_v1_Topic__Output)[];
}
