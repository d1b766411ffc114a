// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { PeriodScheme as _ejournal_curriculum_v1_PeriodScheme, PeriodScheme__Output as _ejournal_curriculum_v1_PeriodScheme__Output } from '../../../ejournal/curriculum/v1/PeriodScheme';
import type { PeriodDates as _ejournal_curriculum_v1_PeriodDates, PeriodDates__Output as _ejournal_curriculum_v1_PeriodDates__Output } from '../../../ejournal/curriculum/v1/PeriodDates';

export interface PeriodSet {
  'scheme'?: (_ejournal_curriculum_v1_PeriodScheme);
  'periods'?: (_ejournal_curriculum_v1_PeriodDates)[];
}

export interface PeriodSet__Output {
  'scheme': (_ejournal_curriculum_v1_PeriodScheme__Output);
  'periods': (_ejournal_curriculum_v1_PeriodDates__Output)[];
}
