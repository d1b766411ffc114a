// Original file: proto/ejournal/diary/v1/diary.proto

import type { ExportError as _ejournal_diary_v1_ExportError, ExportError__Output as _ejournal_diary_v1_ExportError__Output } from '../../../ejournal/diary/v1/ExportError';

export interface ExportReport {
  'schoolId'?: (string);
  'yearId'?: (string);
  'classes'?: (number);
  'students'?: (number);
  'lessons'?: (number);
  'marks'?: (number);
  'absences'?: (number);
  'mismatches'?: (number);
  'repaired'?: (number);
  'errors'?: (_ejournal_diary_v1_ExportError)[];
  'startedAt'?: (string);
  'finishedAt'?: (string);
  'reason'?: (string);
}

export interface ExportReport__Output {
  'schoolId': (string);
  'yearId': (string);
  'classes': (number);
  'students': (number);
  'lessons': (number);
  'marks': (number);
  'absences': (number);
  'mismatches': (number);
  'repaired': (number);
  'errors': (_ejournal_diary_v1_ExportError__Output)[];
  'startedAt': (string);
  'finishedAt': (string);
  'reason': (string);
}
