// Original file: proto/ejournal/diary/v1/diary.proto

import type { ExportReport as _ejournal_diary_v1_ExportReport, ExportReport__Output as _ejournal_diary_v1_ExportReport__Output } from '../../../ejournal/diary/v1/ExportReport';

export interface ExportJob {
  'id'?: (string);
  'schoolId'?: (string);
  'yearId'?: (string);
  'status'?: (string);
  'reason'?: (string);
  'classesDone'?: (number);
  'classesTotal'?: (number);
  'report'?: (_ejournal_diary_v1_ExportReport | null);
  'requestedAt'?: (string);
  'startedAt'?: (string);
  'finishedAt'?: (string);
  'failure'?: (string);
}

export interface ExportJob__Output {
  'id': (string);
  'schoolId': (string);
  'yearId': (string);
  'status': (string);
  'reason': (string);
  'classesDone': (number);
  'classesTotal': (number);
  'report': (_ejournal_diary_v1_ExportReport__Output | null);
  'requestedAt': (string);
  'startedAt': (string);
  'finishedAt': (string);
  'failure': (string);
}
