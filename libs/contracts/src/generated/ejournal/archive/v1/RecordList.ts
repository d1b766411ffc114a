// Original file: proto/ejournal/archive/v1/archive.proto

import type { RecordSummary as _ejournal_archive_v1_RecordSummary, RecordSummary__Output as _ejournal_archive_v1_RecordSummary__Output } from '../../../ejournal/archive/v1/RecordSummary';

export interface RecordList {
  'records'?: (_ejournal_archive_v1_RecordSummary)[];
}

export interface RecordList__Output {
  'records': (_ejournal_archive_v1_RecordSummary__Output)[];
}
