// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { PeriodFinal as _ejournal_gradebook_v1_PeriodFinal, PeriodFinal__Output as _ejournal_gradebook_v1_PeriodFinal__Output } from '../../../ejournal/gradebook/v1/PeriodFinal';

export interface StudentYearFinals {
  'studentId'?: (string);
  'periodFinals'?: (_ejournal_gradebook_v1_PeriodFinal)[];
  'proposed'?: (number);
  'yearFinal'?: (number);
  'exam'?: (number);
}

export interface StudentYearFinals__Output {
  'studentId': (string);
  'periodFinals': (_ejournal_gradebook_v1_PeriodFinal__Output)[];
  'proposed': (number);
  'yearFinal': (number);
  'exam': (number);
}
