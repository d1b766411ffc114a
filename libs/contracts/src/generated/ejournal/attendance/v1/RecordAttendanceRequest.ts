// Original file: proto/ejournal/attendance/v1/attendance.proto

import type { AbsenceEntry as _ejournal_attendance_v1_AbsenceEntry, AbsenceEntry__Output as _ejournal_attendance_v1_AbsenceEntry__Output } from '../../../ejournal/attendance/v1/AbsenceEntry';

export interface RecordAttendanceRequest {
  'lessonId'?: (string);
  'absences'?: (_ejournal_attendance_v1_AbsenceEntry)[];
}

export interface RecordAttendanceRequest__Output {
  'lessonId': (string);
  'absences': (_ejournal_attendance_v1_AbsenceEntry__Output)[];
}
