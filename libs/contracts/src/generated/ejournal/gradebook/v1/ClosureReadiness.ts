// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { PageReadiness as _ejournal_gradebook_v1_PageReadiness, PageReadiness__Output as _ejournal_gradebook_v1_PageReadiness__Output } from '../../../ejournal/gradebook/v1/PageReadiness';
import type { ReadinessTotals as _ejournal_gradebook_v1_ReadinessTotals, ReadinessTotals__Output as _ejournal_gradebook_v1_ReadinessTotals__Output } from '../../../ejournal/gradebook/v1/ReadinessTotals';

export interface ClosureReadiness {
  'schoolId'?: (string);
  'yearId'?: (string);
  'periodId'?: (string);
  'closed'?: (boolean);
  'pages'?: (_ejournal_gradebook_v1_PageReadiness)[];
  'totals'?: (_ejournal_gradebook_v1_ReadinessTotals | null);
}

export interface ClosureReadiness__Output {
  'schoolId': (string);
  'yearId': (string);
  'periodId': (string);
  'closed': (boolean);
  'pages': (_ejournal_gradebook_v1_PageReadiness__Output)[];
  'totals': (_ejournal_gradebook_v1_ReadinessTotals__Output | null);
}
