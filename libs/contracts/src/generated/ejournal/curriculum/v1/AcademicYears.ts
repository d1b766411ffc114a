// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { AcademicYear as _ejournal_curriculum_v1_AcademicYear, AcademicYear__Output as _ejournal_curriculum_v1_AcademicYear__Output } from '../../../ejournal/curriculum/v1/AcademicYear';

export interface AcademicYears {
  'years'?: (_ejournal_curriculum_v1_AcademicYear)[];
}

export interface AcademicYears__Output {
  'years': (_ejournal_curriculum_v1_AcademicYear__Output)[];
}
