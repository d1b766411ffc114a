// Original file: proto/ejournal/attendance/v1/attendance.proto

import type { Absence as _ejournal_attendance_v1_Absence, Absence__Output as _ejournal_attendance_v1_Absence__Output } from '../../../ejournal/attendance/v1/Absence';

export interface LessonAttendance {
  'lessonId'?: (string);
  'absences'?: (_ejournal_attendance_v1_Absence)[];
}

export interface LessonAttendance__Output {
  'lessonId': (string);
  'absences': (_ejournal_attendance_v1_Absence__Output)[];
}
