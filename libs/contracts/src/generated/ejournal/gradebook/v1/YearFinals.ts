// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { StudentYearFinals as _ejournal_gradebook_v1_StudentYearFinals, StudentYearFinals__Output as _ejournal_gradebook_v1_StudentYearFinals__Output } from '../../../ejournal/gradebook/v1/StudentYearFinals';
import type { Final as _ejournal_gradebook_v1_Final, Final__Output as _ejournal_gradebook_v1_Final__Output } from '../../../ejournal/gradebook/v1/Final';
import type { FinalChangeRequest as _ejournal_gradebook_v1_FinalChangeRequest, FinalChangeRequest__Output as _ejournal_gradebook_v1_FinalChangeRequest__Output } from '../../../ejournal/gradebook/v1/FinalChangeRequest';

export interface YearFinals {
  'classId'?: (string);
  'subjectId'?: (string);
  'yearId'?: (string);
  'students'?: (_ejournal_gradebook_v1_StudentYearFinals)[];
  'finals'?: (_ejournal_gradebook_v1_Final)[];
  'closed'?: (boolean);
  'finalRequests'?: (_ejournal_gradebook_v1_FinalChangeRequest)[];
}

export interface YearFinals__Output {
  'classId': (string);
  'subjectId': (string);
  'yearId': (string);
  'students': (_ejournal_gradebook_v1_StudentYearFinals__Output)[];
  'finals': (_ejournal_gradebook_v1_Final__Output)[];
  'closed': (boolean);
  'finalRequests': (_ejournal_gradebook_v1_FinalChangeRequest__Output)[];
}
