// Original file: proto/ejournal/curriculum/v1/types.proto

import type { PeriodScheme as _ejournal_curriculum_v1_PeriodScheme, PeriodScheme__Output as _ejournal_curriculum_v1_PeriodScheme__Output } from '../../../ejournal/curriculum/v1/PeriodScheme';

export interface PeriodSchemeForGrades {
  'fromGrade'?: (number);
  'toGrade'?: (number);
  'scheme'?: (_ejournal_curriculum_v1_PeriodScheme);
}

export interface PeriodSchemeForGrades__Output {
  'fromGrade': (number);
  'toGrade': (number);
  'scheme': (_ejournal_curriculum_v1_PeriodScheme__Output);
}
