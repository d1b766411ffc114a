// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { JournalPageKey as _ejournal_gradebook_v1_JournalPageKey, JournalPageKey__Output as _ejournal_gradebook_v1_JournalPageKey__Output } from '../../../ejournal/gradebook/v1/JournalPageKey';
import type { YearFinalsKey as _ejournal_gradebook_v1_YearFinalsKey, YearFinalsKey__Output as _ejournal_gradebook_v1_YearFinalsKey__Output } from '../../../ejournal/gradebook/v1/YearFinalsKey';

export interface RequestFinalChangeRequest {
  'page'?: (_ejournal_gradebook_v1_JournalPageKey | null);
  'year'?: (_ejournal_gradebook_v1_YearFinalsKey | null);
  'studentId'?: (string);
  'kind'?: (string);
  'value'?: (number);
  'reason'?: (string);
}

export interface RequestFinalChangeRequest__Output {
  'page': (_ejournal_gradebook_v1_JournalPageKey__Output | null);
  'year': (_ejournal_gradebook_v1_YearFinalsKey__Output | null);
  'studentId': (string);
  'kind': (string);
  'value': (number);
  'reason': (string);
}
