// Original file: proto/ejournal/reports/v1/reports.proto

import type { CodeCount as _ejournal_reports_v1_CodeCount, CodeCount__Output as _ejournal_reports_v1_CodeCount__Output } from '../../../ejournal/reports/v1/CodeCount';
import type { SubjectCount as _ejournal_reports_v1_SubjectCount, SubjectCount__Output as _ejournal_reports_v1_SubjectCount__Output } from '../../../ejournal/reports/v1/SubjectCount';

export interface AttendancePupil {
  'studentId'?: (string);
  'name'?: (string);
  'byCode'?: (_ejournal_reports_v1_CodeCount)[];
  'bySubject'?: (_ejournal_reports_v1_SubjectCount)[];
  'total'?: (number);
}

export interface AttendancePupil__Output {
  'studentId': (string);
  'name': (string);
  'byCode': (_ejournal_reports_v1_CodeCount__Output)[];
  'bySubject': (_ejournal_reports_v1_SubjectCount__Output)[];
  'total': (number);
}
