// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { JournalPageKey as _ejournal_gradebook_v1_JournalPageKey, JournalPageKey__Output as _ejournal_gradebook_v1_JournalPageKey__Output } from '../../../ejournal/gradebook/v1/JournalPageKey';

export interface SetFinalRequest {
  'page'?: (_ejournal_gradebook_v1_JournalPageKey | null);
  'studentId'?: (string);
  'value'?: (number);
  'reason'?: (string);
  'notAttested'?: (boolean);
}

export interface SetFinalRequest__Output {
  'page': (_ejournal_gradebook_v1_JournalPageKey__Output | null);
  'studentId': (string);
  'value': (number);
  'reason': (string);
  'notAttested': (boolean);
}
