// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { LoadAssignment as _ejournal_curriculum_v1_LoadAssignment, LoadAssignment__Output as _ejournal_curriculum_v1_LoadAssignment__Output } from '../../../ejournal/curriculum/v1/LoadAssignment';

export interface SetTeacherLoadRequest {
  'yearId'?: (string);
  'assignments'?: (_ejournal_curriculum_v1_LoadAssignment)[];
}

export interface SetTeacherLoadRequest__Output {
  'yearId': (string);
  'assignments': (_ejournal_curriculum_v1_LoadAssignment__Output)[];
}
