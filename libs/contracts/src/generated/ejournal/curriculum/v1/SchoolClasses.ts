// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { SchoolClass as _ejournal_curriculum_v1_SchoolClass, SchoolClass__Output as _ejournal_curriculum_v1_SchoolClass__Output } from '../../../ejournal/curriculum/v1/SchoolClass';

export interface SchoolClasses {
  'classes'?: (_ejournal_curriculum_v1_SchoolClass)[];
}

export interface SchoolClasses__Output {
  'classes': (_ejournal_curriculum_v1_SchoolClass__Output)[];
}
