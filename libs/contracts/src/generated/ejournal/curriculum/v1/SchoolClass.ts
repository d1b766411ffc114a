// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Group as _ejournal_curriculum_v1_Group, Group__Output as _ejournal_curriculum_v1_Group__Output } from '../../../ejournal/curriculum/v1/Group';
import type { Long } from '@grpc/proto-loader';

export interface SchoolClass {
  'id'?: (string);
  'schoolId'?: (string);
  'yearId'?: (string);
  'grade'?: (number);
  'letter'?: (string);
  'name'?: (string);
  'classTeacherId'?: (string);
  'shift'?: (number);
  'groups'?: (_ejournal_curriculum_v1_Group)[];
  'previousClassId'?: (string);
  'version'?: (number | string | Long);
}

export interface SchoolClass__Output {
  'id': (string);
  'schoolId': (string);
  'yearId': (string);
  'grade': (number);
  'letter': (string);
  'name': (string);
  'classTeacherId': (string);
  'shift': (number);
  'groups': (_ejournal_curriculum_v1_Group__Output)[];
  'previousClassId': (string);
  'version': (string);
}
