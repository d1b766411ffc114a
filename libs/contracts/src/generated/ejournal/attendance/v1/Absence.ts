// Original file: proto/ejournal/attendance/v1/attendance.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { AbsenceRevision as _ejournal_attendance_v1_AbsenceRevision, AbsenceRevision__Output as _ejournal_attendance_v1_AbsenceRevision__Output } from '../../../ejournal/attendance/v1/AbsenceRevision';

export interface Absence {
  'lessonId'?: (string);
  'studentId'?: (string);
  'date'?: (string);
  'subjectId'?: (string);
  'code'?: (string);
  'documentKind'?: (string);
  'documentNumber'?: (string);
  'documentDate'?: (string);
  'recordedBy'?: (string);
  'recordedAt'?: (_google_protobuf_Timestamp | null);
  'revision'?: (number);
  'history'?: (_ejournal_attendance_v1_AbsenceRevision)[];
}

export interface Absence__Output {
  'lessonId': (string);
  'studentId': (string);
  'date': (string);
  'subjectId': (string);
  'code': (string);
  'documentKind': (string);
  'documentNumber': (string);
  'documentDate': (string);
  'recordedBy': (string);
  'recordedAt': (_google_protobuf_Timestamp__Output | null);
  'revision': (number);
  'history': (_ejournal_attendance_v1_AbsenceRevision__Output)[];
}
