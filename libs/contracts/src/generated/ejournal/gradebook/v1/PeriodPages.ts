// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { JournalPageKey as _ejournal_gradebook_v1_JournalPageKey, JournalPageKey__Output as _ejournal_gradebook_v1_JournalPageKey__Output } from '../../../ejournal/gradebook/v1/JournalPageKey';

export interface PeriodPages {
  'pages'?: (_ejournal_gradebook_v1_JournalPageKey)[];
}

export interface PeriodPages__Output {
  'pages': (_ejournal_gradebook_v1_JournalPageKey__Output)[];
}
