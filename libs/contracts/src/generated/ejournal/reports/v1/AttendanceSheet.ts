// Original file: proto/ejournal/reports/v1/reports.proto

import type { AttendancePupil as _ejournal_reports_v1_AttendancePupil, AttendancePupil__Output as _ejournal_reports_v1_AttendancePupil__Output } from '../../../ejournal/reports/v1/AttendancePupil';
import type { CodeCount as _ejournal_reports_v1_CodeCount, CodeCount__Output as _ejournal_reports_v1_CodeCount__Output } from '../../../ejournal/reports/v1/CodeCount';
import type { ReportFile as _ejournal_reports_v1_ReportFile, ReportFile__Output as _ejournal_reports_v1_ReportFile__Output } from '../../../ejournal/reports/v1/ReportFile';

export interface AttendanceSheet {
  'schoolId'?: (string);
  'classId'?: (string);
  'className'?: (string);
  'from'?: (string);
  'to'?: (string);
  'currentTo'?: (string);
  'codes'?: (string)[];
  'pupils'?: (_ejournal_reports_v1_AttendancePupil)[];
  'totals'?: (_ejournal_reports_v1_CodeCount)[];
  'file'?: (_ejournal_reports_v1_ReportFile | null);
}

export interface AttendanceSheet__Output {
  'schoolId': (string);
  'classId': (string);
  'className': (string);
  'from': (string);
  'to': (string);
  'currentTo': (string);
  'codes': (string)[];
  'pupils': (_ejournal_reports_v1_AttendancePupil__Output)[];
  'totals': (_ejournal_reports_v1_CodeCount__Output)[];
  'file': (_ejournal_reports_v1_ReportFile__Output | null);
}
