// Original file: proto/ejournal/diary/v1/diary.proto

import type { ExportReport as _ejournal_diary_v1_ExportReport, ExportReport__Output as _ejournal_diary_v1_ExportReport__Output } from '../../../ejournal/diary/v1/ExportReport';

export interface ExportReports {
  'reports'?: (_ejournal_diary_v1_ExportReport)[];
}

export interface ExportReports__Output {
  'reports': (_ejournal_diary_v1_ExportReport__Output)[];
}
