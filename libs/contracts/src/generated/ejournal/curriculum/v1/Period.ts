// Original file: proto/ejournal/curriculum/v1/types.proto

import type { PeriodScheme as _ejournal_curriculum_v1_PeriodScheme, PeriodScheme__Output as _ejournal_curriculum_v1_PeriodScheme__Output } from '../../../ejournal/curriculum/v1/PeriodScheme';

export interface Period {
  'id'?: (string);
  'name'?: (string);
  'scheme'?: (_ejournal_curriculum_v1_PeriodScheme);
  'number'?: (number);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'closedOn'?: (string);
}

export interface Period__Output {
  'id': (string);
  'name': (string);
  'scheme': (_ejournal_curriculum_v1_PeriodScheme__Output);
  'number': (number);
  'startsOn': (string);
  'endsOn': (string);
  'closedOn': (string);
}
