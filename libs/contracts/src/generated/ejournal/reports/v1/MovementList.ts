// Original file: proto/ejournal/reports/v1/reports.proto

import type { ClassMovement as _ejournal_reports_v1_ClassMovement, ClassMovement__Output as _ejournal_reports_v1_ClassMovement__Output } from '../../../ejournal/reports/v1/ClassMovement';
import type { ReportFile as _ejournal_reports_v1_ReportFile, ReportFile__Output as _ejournal_reports_v1_ReportFile__Output } from '../../../ejournal/reports/v1/ReportFile';

export interface MovementList {
  'schoolId'?: (string);
  'classId'?: (string);
  'className'?: (string);
  'from'?: (string);
  'to'?: (string);
  'periodName'?: (string);
  'currentTo'?: (string);
  'onStart'?: (number);
  'arrived'?: (number);
  'left'?: (number);
  'onEnd'?: (number);
  'movements'?: (_ejournal_reports_v1_ClassMovement)[];
  'file'?: (_ejournal_reports_v1_ReportFile | null);
}

export interface MovementList__Output {
  'schoolId': (string);
  'classId': (string);
  'className': (string);
  'from': (string);
  'to': (string);
  'periodName': (string);
  'currentTo': (string);
  'onStart': (number);
  'arrived': (number);
  'left': (number);
  'onEnd': (number);
  'movements': (_ejournal_reports_v1_ClassMovement__Output)[];
  'file': (_ejournal_reports_v1_ReportFile__Output | null);
}
