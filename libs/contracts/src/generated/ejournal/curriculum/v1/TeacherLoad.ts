// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { LoadAssignment as _ejournal_curriculum_v1_LoadAssignment, LoadAssignment__Output as _ejournal_curriculum_v1_LoadAssignment__Output } from '../../../ejournal/curriculum/v1/LoadAssignment';
import type { Long } from '@grpc/proto-loader';

export interface TeacherLoad {
  'yearId'?: (string);
  'assignments'?: (_ejournal_curriculum_v1_LoadAssignment)[];
  'version'?: (number | string | Long);
}

export interface TeacherLoad__Output {
  'yearId': (string);
  'assignments': (_ejournal_curriculum_v1_LoadAssignment__Output)[];
  'version': (string);
}
