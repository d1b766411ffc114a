// Original file: proto/ejournal/reports/v1/reports.proto

import type { SummaryPupil as _ejournal_reports_v1_SummaryPupil, SummaryPupil__Output as _ejournal_reports_v1_SummaryPupil__Output } from '../../../ejournal/reports/v1/SummaryPupil';
import type { ReportFile as _ejournal_reports_v1_ReportFile, ReportFile__Output as _ejournal_reports_v1_ReportFile__Output } from '../../../ejournal/reports/v1/ReportFile';

export interface _ejournal_reports_v1_SummarySheet_Subject {
  'subjectId'?: (string);
  'name'?: (string);
}

export interface _ejournal_reports_v1_SummarySheet_Subject__Output {
  'subjectId': (string);
  'name': (string);
}

export interface SummarySheet {
  'classId'?: (string);
  'className'?: (string);
  'periodId'?: (string);
  'periodName'?: (string);
  'currentTo'?: (string);
  'subjects'?: (_ejournal_reports_v1_SummarySheet_Subject)[];
  'pupils'?: (_ejournal_reports_v1_SummaryPupil)[];
  'withTwo'?: (string)[];
  'withOneThree'?: (string)[];
  'excellent'?: (string)[];
  'atRisk'?: (string)[];
  'file'?: (_ejournal_reports_v1_ReportFile | null);
  'schoolId'?: (string);
}

export interface SummarySheet__Output {
  'classId': (string);
  'className': (string);
  'periodId': (string);
  'periodName': (string);
  'currentTo': (string);
  'subjects': (_ejournal_reports_v1_SummarySheet_Subject__Output)[];
  'pupils': (_ejournal_reports_v1_SummaryPupil__Output)[];
  'withTwo': (string)[];
  'withOneThree': (string)[];
  'excellent': (string)[];
  'atRisk': (string)[];
  'file': (_ejournal_reports_v1_ReportFile__Output | null);
  'schoolId': (string);
}
