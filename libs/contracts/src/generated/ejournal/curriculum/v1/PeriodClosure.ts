// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { AcademicYear as _ejournal_curriculum_v1_AcademicYear, AcademicYear__Output as _ejournal_curriculum_v1_AcademicYear__Output } from '../../../ejournal/curriculum/v1/AcademicYear';
import type { Period as _ejournal_curriculum_v1_Period, Period__Output as _ejournal_curriculum_v1_Period__Output } from '../../../ejournal/curriculum/v1/Period';

export interface PeriodClosure {
  'year'?: (_ejournal_curriculum_v1_AcademicYear | null);
  'period'?: (_ejournal_curriculum_v1_Period | null);
  'effect'?: (string);
}

export interface PeriodClosure__Output {
  'year': (_ejournal_curriculum_v1_AcademicYear__Output | null);
  'period': (_ejournal_curriculum_v1_Period__Output | null);
  'effect': (string);
}
