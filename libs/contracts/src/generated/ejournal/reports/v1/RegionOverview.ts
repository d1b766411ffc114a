// Original file: proto/ejournal/reports/v1/reports.proto

import type { SchoolFilling as _ejournal_reports_v1_SchoolFilling, SchoolFilling__Output as _ejournal_reports_v1_SchoolFilling__Output } from '../../../ejournal/reports/v1/SchoolFilling';
import type { MunicipalityFilling as _ejournal_reports_v1_MunicipalityFilling, MunicipalityFilling__Output as _ejournal_reports_v1_MunicipalityFilling__Output } from '../../../ejournal/reports/v1/MunicipalityFilling';
import type { ReportFile as _ejournal_reports_v1_ReportFile, ReportFile__Output as _ejournal_reports_v1_ReportFile__Output } from '../../../ejournal/reports/v1/ReportFile';

export interface RegionOverview {
  'from'?: (string);
  'to'?: (string);
  'currentTo'?: (string);
  'schools'?: (_ejournal_reports_v1_SchoolFilling)[];
  'municipalities'?: (_ejournal_reports_v1_MunicipalityFilling)[];
  'file'?: (_ejournal_reports_v1_ReportFile | null);
}

export interface RegionOverview__Output {
  'from': (string);
  'to': (string);
  'currentTo': (string);
  'schools': (_ejournal_reports_v1_SchoolFilling__Output)[];
  'municipalities': (_ejournal_reports_v1_MunicipalityFilling__Output)[];
  'file': (_ejournal_reports_v1_ReportFile__Output | null);
}
