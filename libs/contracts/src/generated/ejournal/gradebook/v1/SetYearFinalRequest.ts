// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { YearFinalsKey as _ejournal_gradebook_v1_YearFinalsKey, YearFinalsKey__Output as _ejournal_gradebook_v1_YearFinalsKey__Output } from '../../../ejournal/gradebook/v1/YearFinalsKey';

export interface SetYearFinalRequest {
  'key'?: (_ejournal_gradebook_v1_YearFinalsKey | null);
  'studentId'?: (string);
  'kind'?: (string);
  'value'?: (number);
  'reason'?: (string);
}

export interface SetYearFinalRequest__Output {
  'key': (_ejournal_gradebook_v1_YearFinalsKey__Output | null);
  'studentId': (string);
  'kind': (string);
  'value': (number);
  'reason': (string);
}
