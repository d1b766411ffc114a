// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { ImportError as _ejournal_curriculum_v1_ImportError, ImportError__Output as _ejournal_curriculum_v1_ImportError__Output } from '../../../ejournal/curriculum/v1/ImportError';

export interface ImportReport {
  'lines'?: (number);
  'classesCreated'?: (number);
  'studentsEnrolled'?: (number);
  'timetablesSet'?: (number);
  'errors'?: (_ejournal_curriculum_v1_ImportError)[];
  'applied'?: (boolean);
}

export interface ImportReport__Output {
  'lines': (number);
  'classesCreated': (number);
  'studentsEnrolled': (number);
  'timetablesSet': (number);
  'errors': (_ejournal_curriculum_v1_ImportError__Output)[];
  'applied': (boolean);
}
