import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Absence as _ejournal_attendance_v1_Absence, Absence__Output as _ejournal_attendance_v1_Absence__Output } from './ejournal/attendance/v1/Absence';
import type { AbsenceEntry as _ejournal_attendance_v1_AbsenceEntry, AbsenceEntry__Output as _ejournal_attendance_v1_AbsenceEntry__Output } from './ejournal/attendance/v1/AbsenceEntry';
import type { AbsenceRevision as _ejournal_attendance_v1_AbsenceRevision, AbsenceRevision__Output as _ejournal_attendance_v1_AbsenceRevision__Output } from './ejournal/attendance/v1/AbsenceRevision';
import type { AttendanceServiceClient as _ejournal_attendance_v1_AttendanceServiceClient, AttendanceServiceDefinition as _ejournal_attendance_v1_AttendanceServiceDefinition } from './ejournal/attendance/v1/AttendanceService';
import type { CorrectAbsenceRequest as _ejournal_attendance_v1_CorrectAbsenceRequest, CorrectAbsenceRequest__Output as _ejournal_attendance_v1_CorrectAbsenceRequest__Output } from './ejournal/attendance/v1/CorrectAbsenceRequest';
import type { LessonAttendance as _ejournal_attendance_v1_LessonAttendance, LessonAttendance__Output as _ejournal_attendance_v1_LessonAttendance__Output } from './ejournal/attendance/v1/LessonAttendance';
import type { MonthlySheet as _ejournal_attendance_v1_MonthlySheet, MonthlySheet__Output as _ejournal_attendance_v1_MonthlySheet__Output } from './ejournal/attendance/v1/MonthlySheet';
import type { MonthlySheetRequest as _ejournal_attendance_v1_MonthlySheetRequest, MonthlySheetRequest__Output as _ejournal_attendance_v1_MonthlySheetRequest__Output } from './ejournal/attendance/v1/MonthlySheetRequest';
import type { RecordAttendanceRequest as _ejournal_attendance_v1_RecordAttendanceRequest, RecordAttendanceRequest__Output as _ejournal_attendance_v1_RecordAttendanceRequest__Output } from './ejournal/attendance/v1/RecordAttendanceRequest';
import type { SheetLesson as _ejournal_attendance_v1_SheetLesson, SheetLesson__Output as _ejournal_attendance_v1_SheetLesson__Output } from './ejournal/attendance/v1/SheetLesson';
import type { StudentTotals as _ejournal_attendance_v1_StudentTotals, StudentTotals__Output as _ejournal_attendance_v1_StudentTotals__Output } from './ejournal/attendance/v1/StudentTotals';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    attendance: {
      v1: {
        Absence: MessageTypeDefinition<_ejournal_attendance_v1_Absence, _ejournal_attendance_v1_Absence__Output>
        AbsenceEntry: MessageTypeDefinition<_ejournal_attendance_v1_AbsenceEntry, _ejournal_attendance_v1_AbsenceEntry__Output>
        AbsenceRevision: MessageTypeDefinition<_ejournal_attendance_v1_AbsenceRevision, _ejournal_attendance_v1_AbsenceRevision__Output>
        AttendanceService: SubtypeConstructor<typeof grpc.Client, _ejournal_attendance_v1_AttendanceServiceClient> & { service: _ejournal_attendance_v1_AttendanceServiceDefinition }
        CorrectAbsenceRequest: MessageTypeDefinition<_ejournal_attendance_v1_CorrectAbsenceRequest, _ejournal_attendance_v1_CorrectAbsenceRequest__Output>
        LessonAttendance: MessageTypeDefinition<_ejournal_attendance_v1_LessonAttendance, _ejournal_attendance_v1_LessonAttendance__Output>
        MonthlySheet: MessageTypeDefinition<_ejournal_attendance_v1_MonthlySheet, _ejournal_attendance_v1_MonthlySheet__Output>
        MonthlySheetRequest: MessageTypeDefinition<_ejournal_attendance_v1_MonthlySheetRequest, _ejournal_attendance_v1_MonthlySheetRequest__Output>
        RecordAttendanceRequest: MessageTypeDefinition<_ejournal_attendance_v1_RecordAttendanceRequest, _ejournal_attendance_v1_RecordAttendanceRequest__Output>
        SheetLesson: MessageTypeDefinition<_ejournal_attendance_v1_SheetLesson, _ejournal_attendance_v1_SheetLesson__Output>
        StudentTotals: MessageTypeDefinition<_ejournal_attendance_v1_StudentTotals, _ejournal_attendance_v1_StudentTotals__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

