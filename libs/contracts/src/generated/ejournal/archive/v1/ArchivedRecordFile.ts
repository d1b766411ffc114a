// Original file: proto/ejournal/archive/v1/archive.proto

import type { RecordSummary as _ejournal_archive_v1_RecordSummary, RecordSummary__Output as _ejournal_archive_v1_RecordSummary__Output } from '../../../ejournal/archive/v1/RecordSummary';

export interface ArchivedRecordFile {
  'summary'?: (_ejournal_archive_v1_RecordSummary | null);
  'fileJson'?: (string);
}

export interface ArchivedRecordFile__Output {
  'summary': (_ejournal_archive_v1_RecordSummary__Output | null);
  'fileJson': (string);
}
