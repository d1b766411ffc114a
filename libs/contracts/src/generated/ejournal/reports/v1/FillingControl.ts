// Original file: proto/ejournal/reports/v1/reports.proto

import type { FillingLine as _ejournal_reports_v1_FillingLine, FillingLine__Output as _ejournal_reports_v1_FillingLine__Output } from '../../../ejournal/reports/v1/FillingLine';
import type { OpenLesson as _ejournal_reports_v1_OpenLesson, OpenLesson__Output as _ejournal_reports_v1_OpenLesson__Output } from '../../../ejournal/reports/v1/OpenLesson';
import type { WeekShare as _ejournal_reports_v1_WeekShare, WeekShare__Output as _ejournal_reports_v1_WeekShare__Output } from '../../../ejournal/reports/v1/WeekShare';
import type { ReportFile as _ejournal_reports_v1_ReportFile, ReportFile__Output as _ejournal_reports_v1_ReportFile__Output } from '../../../ejournal/reports/v1/ReportFile';

export interface FillingControl {
  'schoolId'?: (string);
  'from'?: (string);
  'to'?: (string);
  'currentTo'?: (string);
  'byTeacher'?: (_ejournal_reports_v1_FillingLine)[];
  'byClassSubject'?: (_ejournal_reports_v1_FillingLine)[];
  'openLessons'?: (_ejournal_reports_v1_OpenLesson)[];
  'weeks'?: (_ejournal_reports_v1_WeekShare)[];
  'file'?: (_ejournal_reports_v1_ReportFile | null);
}

export interface FillingControl__Output {
  'schoolId': (string);
  'from': (string);
  'to': (string);
  'currentTo': (string);
  'byTeacher': (_ejournal_reports_v1_FillingLine__Output)[];
  'byClassSubject': (_ejournal_reports_v1_FillingLine__Output)[];
  'openLessons': (_ejournal_reports_v1_OpenLesson__Output)[];
  'weeks': (_ejournal_reports_v1_WeekShare__Output)[];
  'file': (_ejournal_reports_v1_ReportFile__Output | null);
}
