// Original file: proto/ejournal/diary/v1/diary.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AttendanceSummary as _ejournal_diary_v1_AttendanceSummary, AttendanceSummary__Output as _ejournal_diary_v1_AttendanceSummary__Output } from '../../../ejournal/diary/v1/AttendanceSummary';
import type { AttendanceSummaryRequest as _ejournal_diary_v1_AttendanceSummaryRequest, AttendanceSummaryRequest__Output as _ejournal_diary_v1_AttendanceSummaryRequest__Output } from '../../../ejournal/diary/v1/AttendanceSummaryRequest';
import type { CountedViews as _ejournal_diary_v1_CountedViews, CountedViews__Output as _ejournal_diary_v1_CountedViews__Output } from '../../../ejournal/diary/v1/CountedViews';
import type { CurrentMarks as _ejournal_diary_v1_CurrentMarks, CurrentMarks__Output as _ejournal_diary_v1_CurrentMarks__Output } from '../../../ejournal/diary/v1/CurrentMarks';
import type { CurrentMarksRequest as _ejournal_diary_v1_CurrentMarksRequest, CurrentMarksRequest__Output as _ejournal_diary_v1_CurrentMarksRequest__Output } from '../../../ejournal/diary/v1/CurrentMarksRequest';
import type { DiaryReaders as _ejournal_diary_v1_DiaryReaders, DiaryReaders__Output as _ejournal_diary_v1_DiaryReaders__Output } from '../../../ejournal/diary/v1/DiaryReaders';
import type { DiaryReadersRequest as _ejournal_diary_v1_DiaryReadersRequest, DiaryReadersRequest__Output as _ejournal_diary_v1_DiaryReadersRequest__Output } from '../../../ejournal/diary/v1/DiaryReadersRequest';
import type { ExportJob as _ejournal_diary_v1_ExportJob, ExportJob__Output as _ejournal_diary_v1_ExportJob__Output } from '../../../ejournal/diary/v1/ExportJob';
import type { ExportReports as _ejournal_diary_v1_ExportReports, ExportReports__Output as _ejournal_diary_v1_ExportReports__Output } from '../../../ejournal/diary/v1/ExportReports';
import type { ExportReportsRequest as _ejournal_diary_v1_ExportReportsRequest, ExportReportsRequest__Output as _ejournal_diary_v1_ExportReportsRequest__Output } from '../../../ejournal/diary/v1/ExportReportsRequest';
import type { Finals as _ejournal_diary_v1_Finals, Finals__Output as _ejournal_diary_v1_Finals__Output } from '../../../ejournal/diary/v1/Finals';
import type { FinalsRequest as _ejournal_diary_v1_FinalsRequest, FinalsRequest__Output as _ejournal_diary_v1_FinalsRequest__Output } from '../../../ejournal/diary/v1/FinalsRequest';
import type { GetExportJobRequest as _ejournal_diary_v1_GetExportJobRequest, GetExportJobRequest__Output as _ejournal_diary_v1_GetExportJobRequest__Output } from '../../../ejournal/diary/v1/GetExportJobRequest';
import type { RunExportRequest as _ejournal_diary_v1_RunExportRequest, RunExportRequest__Output as _ejournal_diary_v1_RunExportRequest__Output } from '../../../ejournal/diary/v1/RunExportRequest';
import type { Teachers as _ejournal_diary_v1_Teachers, Teachers__Output as _ejournal_diary_v1_Teachers__Output } from '../../../ejournal/diary/v1/Teachers';
import type { ViewsCounted as _ejournal_diary_v1_ViewsCounted, ViewsCounted__Output as _ejournal_diary_v1_ViewsCounted__Output } from '../../../ejournal/diary/v1/ViewsCounted';
import type { WeekPage as _ejournal_diary_v1_WeekPage, WeekPage__Output as _ejournal_diary_v1_WeekPage__Output } from '../../../ejournal/diary/v1/WeekPage';
import type { WeekPageRequest as _ejournal_diary_v1_WeekPageRequest, WeekPageRequest__Output as _ejournal_diary_v1_WeekPageRequest__Output } from '../../../ejournal/diary/v1/WeekPageRequest';

export interface DiaryServiceClient extends grpc.Client {
  CountViews(argument: _ejournal_diary_v1_CountedViews, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ViewsCounted__Output>): grpc.ClientUnaryCall;
  CountViews(argument: _ejournal_diary_v1_CountedViews, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_ViewsCounted__Output>): grpc.ClientUnaryCall;
  CountViews(argument: _ejournal_diary_v1_CountedViews, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ViewsCounted__Output>): grpc.ClientUnaryCall;
  CountViews(argument: _ejournal_diary_v1_CountedViews, callback: grpc.requestCallback<_ejournal_diary_v1_ViewsCounted__Output>): grpc.ClientUnaryCall;
  countViews(argument: _ejournal_diary_v1_CountedViews, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ViewsCounted__Output>): grpc.ClientUnaryCall;
  countViews(argument: _ejournal_diary_v1_CountedViews, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_ViewsCounted__Output>): grpc.ClientUnaryCall;
  countViews(argument: _ejournal_diary_v1_CountedViews, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ViewsCounted__Output>): grpc.ClientUnaryCall;
  countViews(argument: _ejournal_diary_v1_CountedViews, callback: grpc.requestCallback<_ejournal_diary_v1_ViewsCounted__Output>): grpc.ClientUnaryCall;
  
  GetAttendanceSummary(argument: _ejournal_diary_v1_AttendanceSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  GetAttendanceSummary(argument: _ejournal_diary_v1_AttendanceSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  GetAttendanceSummary(argument: _ejournal_diary_v1_AttendanceSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  GetAttendanceSummary(argument: _ejournal_diary_v1_AttendanceSummaryRequest, callback: grpc.requestCallback<_ejournal_diary_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  getAttendanceSummary(argument: _ejournal_diary_v1_AttendanceSummaryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  getAttendanceSummary(argument: _ejournal_diary_v1_AttendanceSummaryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  getAttendanceSummary(argument: _ejournal_diary_v1_AttendanceSummaryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  getAttendanceSummary(argument: _ejournal_diary_v1_AttendanceSummaryRequest, callback: grpc.requestCallback<_ejournal_diary_v1_AttendanceSummary__Output>): grpc.ClientUnaryCall;
  
  GetCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  GetCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  GetCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  GetCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  getCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  getCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  getCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  getCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  
  GetDiaryReaders(argument: _ejournal_diary_v1_DiaryReadersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_DiaryReaders__Output>): grpc.ClientUnaryCall;
  GetDiaryReaders(argument: _ejournal_diary_v1_DiaryReadersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_DiaryReaders__Output>): grpc.ClientUnaryCall;
  GetDiaryReaders(argument: _ejournal_diary_v1_DiaryReadersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_DiaryReaders__Output>): grpc.ClientUnaryCall;
  GetDiaryReaders(argument: _ejournal_diary_v1_DiaryReadersRequest, callback: grpc.requestCallback<_ejournal_diary_v1_DiaryReaders__Output>): grpc.ClientUnaryCall;
  getDiaryReaders(argument: _ejournal_diary_v1_DiaryReadersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_DiaryReaders__Output>): grpc.ClientUnaryCall;
  getDiaryReaders(argument: _ejournal_diary_v1_DiaryReadersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_DiaryReaders__Output>): grpc.ClientUnaryCall;
  getDiaryReaders(argument: _ejournal_diary_v1_DiaryReadersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_DiaryReaders__Output>): grpc.ClientUnaryCall;
  getDiaryReaders(argument: _ejournal_diary_v1_DiaryReadersRequest, callback: grpc.requestCallback<_ejournal_diary_v1_DiaryReaders__Output>): grpc.ClientUnaryCall;
  
  GetExportJob(argument: _ejournal_diary_v1_GetExportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  GetExportJob(argument: _ejournal_diary_v1_GetExportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  GetExportJob(argument: _ejournal_diary_v1_GetExportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  GetExportJob(argument: _ejournal_diary_v1_GetExportJobRequest, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  getExportJob(argument: _ejournal_diary_v1_GetExportJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  getExportJob(argument: _ejournal_diary_v1_GetExportJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  getExportJob(argument: _ejournal_diary_v1_GetExportJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  getExportJob(argument: _ejournal_diary_v1_GetExportJobRequest, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  
  GetFinals(argument: _ejournal_diary_v1_FinalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  GetFinals(argument: _ejournal_diary_v1_FinalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  GetFinals(argument: _ejournal_diary_v1_FinalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  GetFinals(argument: _ejournal_diary_v1_FinalsRequest, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  getFinals(argument: _ejournal_diary_v1_FinalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  getFinals(argument: _ejournal_diary_v1_FinalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  getFinals(argument: _ejournal_diary_v1_FinalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  getFinals(argument: _ejournal_diary_v1_FinalsRequest, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  
  GetTeachers(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Teachers__Output>): grpc.ClientUnaryCall;
  GetTeachers(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_Teachers__Output>): grpc.ClientUnaryCall;
  GetTeachers(argument: _ejournal_diary_v1_WeekPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Teachers__Output>): grpc.ClientUnaryCall;
  GetTeachers(argument: _ejournal_diary_v1_WeekPageRequest, callback: grpc.requestCallback<_ejournal_diary_v1_Teachers__Output>): grpc.ClientUnaryCall;
  getTeachers(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Teachers__Output>): grpc.ClientUnaryCall;
  getTeachers(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_Teachers__Output>): grpc.ClientUnaryCall;
  getTeachers(argument: _ejournal_diary_v1_WeekPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Teachers__Output>): grpc.ClientUnaryCall;
  getTeachers(argument: _ejournal_diary_v1_WeekPageRequest, callback: grpc.requestCallback<_ejournal_diary_v1_Teachers__Output>): grpc.ClientUnaryCall;
  
  GetWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  GetWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  GetWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  GetWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  getWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  getWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  getWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  getWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  
  ListExportReports(argument: _ejournal_diary_v1_ExportReportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportReports__Output>): grpc.ClientUnaryCall;
  ListExportReports(argument: _ejournal_diary_v1_ExportReportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_ExportReports__Output>): grpc.ClientUnaryCall;
  ListExportReports(argument: _ejournal_diary_v1_ExportReportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportReports__Output>): grpc.ClientUnaryCall;
  ListExportReports(argument: _ejournal_diary_v1_ExportReportsRequest, callback: grpc.requestCallback<_ejournal_diary_v1_ExportReports__Output>): grpc.ClientUnaryCall;
  listExportReports(argument: _ejournal_diary_v1_ExportReportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportReports__Output>): grpc.ClientUnaryCall;
  listExportReports(argument: _ejournal_diary_v1_ExportReportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_ExportReports__Output>): grpc.ClientUnaryCall;
  listExportReports(argument: _ejournal_diary_v1_ExportReportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportReports__Output>): grpc.ClientUnaryCall;
  listExportReports(argument: _ejournal_diary_v1_ExportReportsRequest, callback: grpc.requestCallback<_ejournal_diary_v1_ExportReports__Output>): grpc.ClientUnaryCall;
  
  RunExport(argument: _ejournal_diary_v1_RunExportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  RunExport(argument: _ejournal_diary_v1_RunExportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  RunExport(argument: _ejournal_diary_v1_RunExportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  RunExport(argument: _ejournal_diary_v1_RunExportRequest, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  runExport(argument: _ejournal_diary_v1_RunExportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  runExport(argument: _ejournal_diary_v1_RunExportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  runExport(argument: _ejournal_diary_v1_RunExportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  runExport(argument: _ejournal_diary_v1_RunExportRequest, callback: grpc.requestCallback<_ejournal_diary_v1_ExportJob__Output>): grpc.ClientUnaryCall;
  
}

export interface DiaryServiceHandlers extends grpc.UntypedServiceImplementation {
  CountViews: grpc.handleUnaryCall<_ejournal_diary_v1_CountedViews__Output, _ejournal_diary_v1_ViewsCounted>;
  
  GetAttendanceSummary: grpc.handleUnaryCall<_ejournal_diary_v1_AttendanceSummaryRequest__Output, _ejournal_diary_v1_AttendanceSummary>;
  
  GetCurrentMarks: grpc.handleUnaryCall<_ejournal_diary_v1_CurrentMarksRequest__Output, _ejournal_diary_v1_CurrentMarks>;
  
  GetDiaryReaders: grpc.handleUnaryCall<_ejournal_diary_v1_DiaryReadersRequest__Output, _ejournal_diary_v1_DiaryReaders>;
  
  GetExportJob: grpc.handleUnaryCall<_ejournal_diary_v1_GetExportJobRequest__Output, _ejournal_diary_v1_ExportJob>;
  
  GetFinals: grpc.handleUnaryCall<_ejournal_diary_v1_FinalsRequest__Output, _ejournal_diary_v1_Finals>;
  
  GetTeachers: grpc.handleUnaryCall<_ejournal_diary_v1_WeekPageRequest__Output, _ejournal_diary_v1_Teachers>;
  
  GetWeekPage: grpc.handleUnaryCall<_ejournal_diary_v1_WeekPageRequest__Output, _ejournal_diary_v1_WeekPage>;
  
  ListExportReports: grpc.handleUnaryCall<_ejournal_diary_v1_ExportReportsRequest__Output, _ejournal_diary_v1_ExportReports>;
  
  RunExport: grpc.handleUnaryCall<_ejournal_diary_v1_RunExportRequest__Output, _ejournal_diary_v1_ExportJob>;
  
}

export interface DiaryServiceDefinition extends grpc.ServiceDefinition {
  CountViews: MethodDefinition<_ejournal_diary_v1_CountedViews, _ejournal_diary_v1_ViewsCounted, _ejournal_diary_v1_CountedViews__Output, _ejournal_diary_v1_ViewsCounted__Output>
  GetAttendanceSummary: MethodDefinition<_ejournal_diary_v1_AttendanceSummaryRequest, _ejournal_diary_v1_AttendanceSummary, _ejournal_diary_v1_AttendanceSummaryRequest__Output, _ejournal_diary_v1_AttendanceSummary__Output>
  GetCurrentMarks: MethodDefinition<_ejournal_diary_v1_CurrentMarksRequest, _ejournal_diary_v1_CurrentMarks, _ejournal_diary_v1_CurrentMarksRequest__Output, _ejournal_diary_v1_CurrentMarks__Output>
  GetDiaryReaders: MethodDefinition<_ejournal_diary_v1_DiaryReadersRequest, _ejournal_diary_v1_DiaryReaders, _ejournal_diary_v1_DiaryReadersRequest__Output, _ejournal_diary_v1_DiaryReaders__Output>
  GetExportJob: MethodDefinition<_ejournal_diary_v1_GetExportJobRequest, _ejournal_diary_v1_ExportJob, _ejournal_diary_v1_GetExportJobRequest__Output, _ejournal_diary_v1_ExportJob__Output>
  GetFinals: MethodDefinition<_ejournal_diary_v1_FinalsRequest, _ejournal_diary_v1_Finals, _ejournal_diary_v1_FinalsRequest__Output, _ejournal_diary_v1_Finals__Output>
  GetTeachers: MethodDefinition<_ejournal_diary_v1_WeekPageRequest, _ejournal_diary_v1_Teachers, _ejournal_diary_v1_WeekPageRequest__Output, _ejournal_diary_v1_Teachers__Output>
  GetWeekPage: MethodDefinition<_ejournal_diary_v1_WeekPageRequest, _ejournal_diary_v1_WeekPage, _ejournal_diary_v1_WeekPageRequest__Output, _ejournal_diary_v1_WeekPage__Output>
  ListExportReports: MethodDefinition<_ejournal_diary_v1_ExportReportsRequest, _ejournal_diary_v1_ExportReports, _ejournal_diary_v1_ExportReportsRequest__Output, _ejournal_diary_v1_ExportReports__Output>
  RunExport: MethodDefinition<_ejournal_diary_v1_RunExportRequest, _ejournal_diary_v1_ExportJob, _ejournal_diary_v1_RunExportRequest__Output, _ejournal_diary_v1_ExportJob__Output>
}
