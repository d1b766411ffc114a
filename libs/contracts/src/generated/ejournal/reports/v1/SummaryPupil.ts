// Original file: proto/ejournal/reports/v1/reports.proto

import type { SummaryCell as _ejournal_reports_v1_SummaryCell, SummaryCell__Output as _ejournal_reports_v1_SummaryCell__Output } from '../../../ejournal/reports/v1/SummaryCell';

export interface SummaryPupil {
  'studentId'?: (string);
  'name'?: (string);
  'cells'?: (_ejournal_reports_v1_SummaryCell)[];
  'absences'?: (number);
  'risks'?: (string)[];
}

export interface SummaryPupil__Output {
  'studentId': (string);
  'name': (string);
  'cells': (_ejournal_reports_v1_SummaryCell__Output)[];
  'absences': (number);
  'risks': (string)[];
}
