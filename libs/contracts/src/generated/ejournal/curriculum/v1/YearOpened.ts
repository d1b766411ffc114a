// Original file: proto/ejournal/curriculum/v1/events.proto

import type { Period as _ejournal_curriculum_v1_Period, Period__Output as _ejournal_curriculum_v1_Period__Output } from '../../../ejournal/curriculum/v1/Period';

export interface YearOpened {
  'yearId'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'periods'?: (_ejournal_curriculum_v1_Period)[];
}

export interface YearOpened__Output {
  'yearId': (string);
  'startsOn': (string);
  'endsOn': (string);
  'periods': (_ejournal_curriculum_v1_Period__Output)[];
}
