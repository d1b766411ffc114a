// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { Finding as _ejournal_curriculum_v1_Finding, Finding__Output as _ejournal_curriculum_v1_Finding__Output } from '../../../ejournal/curriculum/v1/Finding';

export interface InspectionReport {
  'yearId'?: (string);
  'onDate'?: (string);
  'findings'?: (_ejournal_curriculum_v1_Finding)[];
  'clean'?: (boolean);
}

export interface InspectionReport__Output {
  'yearId': (string);
  'onDate': (string);
  'findings': (_ejournal_curriculum_v1_Finding__Output)[];
  'clean': (boolean);
}
