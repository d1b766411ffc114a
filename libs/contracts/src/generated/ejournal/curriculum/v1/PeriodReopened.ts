// Original file: proto/ejournal/curriculum/v1/events.proto

import type { Period as _ejournal_curriculum_v1_Period, Period__Output as _ejournal_curriculum_v1_Period__Output } from '../../../ejournal/curriculum/v1/Period';

export interface PeriodReopened {
  'yearId'?: (string);
  'period'?: (_ejournal_curriculum_v1_Period | null);
  'reason'?: (string);
}

export interface PeriodReopened__Output {
  'yearId': (string);
  'period': (_ejournal_curriculum_v1_Period__Output | null);
  'reason': (string);
}
