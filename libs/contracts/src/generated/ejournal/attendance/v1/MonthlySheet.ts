// Original file: proto/ejournal/attendance/v1/attendance.proto

import type { SheetLesson as _ejournal_attendance_v1_SheetLesson, SheetLesson__Output as _ejournal_attendance_v1_SheetLesson__Output } from '../../../ejournal/attendance/v1/SheetLesson';
import type { Absence as _ejournal_attendance_v1_Absence, Absence__Output as _ejournal_attendance_v1_Absence__Output } from '../../../ejournal/attendance/v1/Absence';
import type { StudentTotals as _ejournal_attendance_v1_StudentTotals, StudentTotals__Output as _ejournal_attendance_v1_StudentTotals__Output } from '../../../ejournal/attendance/v1/StudentTotals';

export interface MonthlySheet {
  'classId'?: (string);
  'month'?: (string);
  'lessons'?: (_ejournal_attendance_v1_SheetLesson)[];
  'studentIds'?: (string)[];
  'absences'?: (_ejournal_attendance_v1_Absence)[];
  'totals'?: (_ejournal_attendance_v1_StudentTotals)[];
}

export interface MonthlySheet__Output {
  'classId': (string);
  'month': (string);
  'lessons': (_ejournal_attendance_v1_SheetLesson__Output)[];
  'studentIds': (string)[];
  'absences': (_ejournal_attendance_v1_Absence__Output)[];
  'totals': (_ejournal_attendance_v1_StudentTotals__Output)[];
}
