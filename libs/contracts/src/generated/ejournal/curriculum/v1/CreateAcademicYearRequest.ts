// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { PeriodSet as _ejournal_curriculum_v1_PeriodSet, PeriodSet__Output as _ejournal_curriculum_v1_PeriodSet__Output } from '../../../ejournal/curriculum/v1/PeriodSet';

export interface CreateAcademicYearRequest {
  'schoolId'?: (string);
  'startsOn'?: (string);
  'endsOn'?: (string);
  'periodSets'?: (_ejournal_curriculum_v1_PeriodSet)[];
}

export interface CreateAcademicYearRequest__Output {
  'schoolId': (string);
  'startsOn': (string);
  'endsOn': (string);
  'periodSets': (_ejournal_curriculum_v1_PeriodSet__Output)[];
}
