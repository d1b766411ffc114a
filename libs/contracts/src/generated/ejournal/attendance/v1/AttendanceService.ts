// Original file: proto/ejournal/attendance/v1/attendance.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Absence as _ejournal_attendance_v1_Absence, Absence__Output as _ejournal_attendance_v1_Absence__Output } from '../../../ejournal/attendance/v1/Absence';
import type { CorrectAbsenceRequest as _ejournal_attendance_v1_CorrectAbsenceRequest, CorrectAbsenceRequest__Output as _ejournal_attendance_v1_CorrectAbsenceRequest__Output } from '../../../ejournal/attendance/v1/CorrectAbsenceRequest';
import type { LessonAttendance as _ejournal_attendance_v1_LessonAttendance, LessonAttendance__Output as _ejournal_attendance_v1_LessonAttendance__Output } from '../../../ejournal/attendance/v1/LessonAttendance';
import type { MonthlySheet as _ejournal_attendance_v1_MonthlySheet, MonthlySheet__Output as _ejournal_attendance_v1_MonthlySheet__Output } from '../../../ejournal/attendance/v1/MonthlySheet';
import type { MonthlySheetRequest as _ejournal_attendance_v1_MonthlySheetRequest, MonthlySheetRequest__Output as _ejournal_attendance_v1_MonthlySheetRequest__Output } from '../../../ejournal/attendance/v1/MonthlySheetRequest';
import type { RecordAttendanceRequest as _ejournal_attendance_v1_RecordAttendanceRequest, RecordAttendanceRequest__Output as _ejournal_attendance_v1_RecordAttendanceRequest__Output } from '../../../ejournal/attendance/v1/RecordAttendanceRequest';

export interface AttendanceServiceClient extends grpc.Client {
  CorrectAbsence(argument: _ejournal_attendance_v1_CorrectAbsenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_Absence__Output>): grpc.ClientUnaryCall;
  CorrectAbsence(argument: _ejournal_attendance_v1_CorrectAbsenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_attendance_v1_Absence__Output>): grpc.ClientUnaryCall;
  CorrectAbsence(argument: _ejournal_attendance_v1_CorrectAbsenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_Absence__Output>): grpc.ClientUnaryCall;
  CorrectAbsence(argument: _ejournal_attendance_v1_CorrectAbsenceRequest, callback: grpc.requestCallback<_ejournal_attendance_v1_Absence__Output>): grpc.ClientUnaryCall;
  correctAbsence(argument: _ejournal_attendance_v1_CorrectAbsenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_Absence__Output>): grpc.ClientUnaryCall;
  correctAbsence(argument: _ejournal_attendance_v1_CorrectAbsenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_attendance_v1_Absence__Output>): grpc.ClientUnaryCall;
  correctAbsence(argument: _ejournal_attendance_v1_CorrectAbsenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_Absence__Output>): grpc.ClientUnaryCall;
  correctAbsence(argument: _ejournal_attendance_v1_CorrectAbsenceRequest, callback: grpc.requestCallback<_ejournal_attendance_v1_Absence__Output>): grpc.ClientUnaryCall;
  
  GetMonthlySheet(argument: _ejournal_attendance_v1_MonthlySheetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_MonthlySheet__Output>): grpc.ClientUnaryCall;
  GetMonthlySheet(argument: _ejournal_attendance_v1_MonthlySheetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_attendance_v1_MonthlySheet__Output>): grpc.ClientUnaryCall;
  GetMonthlySheet(argument: _ejournal_attendance_v1_MonthlySheetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_MonthlySheet__Output>): grpc.ClientUnaryCall;
  GetMonthlySheet(argument: _ejournal_attendance_v1_MonthlySheetRequest, callback: grpc.requestCallback<_ejournal_attendance_v1_MonthlySheet__Output>): grpc.ClientUnaryCall;
  getMonthlySheet(argument: _ejournal_attendance_v1_MonthlySheetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_MonthlySheet__Output>): grpc.ClientUnaryCall;
  getMonthlySheet(argument: _ejournal_attendance_v1_MonthlySheetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_attendance_v1_MonthlySheet__Output>): grpc.ClientUnaryCall;
  getMonthlySheet(argument: _ejournal_attendance_v1_MonthlySheetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_MonthlySheet__Output>): grpc.ClientUnaryCall;
  getMonthlySheet(argument: _ejournal_attendance_v1_MonthlySheetRequest, callback: grpc.requestCallback<_ejournal_attendance_v1_MonthlySheet__Output>): grpc.ClientUnaryCall;
  
  RecordAttendance(argument: _ejournal_attendance_v1_RecordAttendanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_LessonAttendance__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _ejournal_attendance_v1_RecordAttendanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_attendance_v1_LessonAttendance__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _ejournal_attendance_v1_RecordAttendanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_LessonAttendance__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _ejournal_attendance_v1_RecordAttendanceRequest, callback: grpc.requestCallback<_ejournal_attendance_v1_LessonAttendance__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _ejournal_attendance_v1_RecordAttendanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_LessonAttendance__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _ejournal_attendance_v1_RecordAttendanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_attendance_v1_LessonAttendance__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _ejournal_attendance_v1_RecordAttendanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_attendance_v1_LessonAttendance__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _ejournal_attendance_v1_RecordAttendanceRequest, callback: grpc.requestCallback<_ejournal_attendance_v1_LessonAttendance__Output>): grpc.ClientUnaryCall;
  
}

export interface AttendanceServiceHandlers extends grpc.UntypedServiceImplementation {
  CorrectAbsence: grpc.handleUnaryCall<_ejournal_attendance_v1_CorrectAbsenceRequest__Output, _ejournal_attendance_v1_Absence>;
  
  GetMonthlySheet: grpc.handleUnaryCall<_ejournal_attendance_v1_MonthlySheetRequest__Output, _ejournal_attendance_v1_MonthlySheet>;
  
  RecordAttendance: grpc.handleUnaryCall<_ejournal_attendance_v1_RecordAttendanceRequest__Output, _ejournal_attendance_v1_LessonAttendance>;
  
}

export interface AttendanceServiceDefinition extends grpc.ServiceDefinition {
  CorrectAbsence: MethodDefinition<_ejournal_attendance_v1_CorrectAbsenceRequest, _ejournal_attendance_v1_Absence, _ejournal_attendance_v1_CorrectAbsenceRequest__Output, _ejournal_attendance_v1_Absence__Output>
  GetMonthlySheet: MethodDefinition<_ejournal_attendance_v1_MonthlySheetRequest, _ejournal_attendance_v1_MonthlySheet, _ejournal_attendance_v1_MonthlySheetRequest__Output, _ejournal_attendance_v1_MonthlySheet__Output>
  RecordAttendance: MethodDefinition<_ejournal_attendance_v1_RecordAttendanceRequest, _ejournal_attendance_v1_LessonAttendance, _ejournal_attendance_v1_RecordAttendanceRequest__Output, _ejournal_attendance_v1_LessonAttendance__Output>
}
