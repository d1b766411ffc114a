// Original file: proto/ejournal/reports/v1/reports.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AttendanceSheet as _ejournal_reports_v1_AttendanceSheet, AttendanceSheet__Output as _ejournal_reports_v1_AttendanceSheet__Output } from '../../../ejournal/reports/v1/AttendanceSheet';
import type { AttendanceSheetRequest as _ejournal_reports_v1_AttendanceSheetRequest, AttendanceSheetRequest__Output as _ejournal_reports_v1_AttendanceSheetRequest__Output } from '../../../ejournal/reports/v1/AttendanceSheetRequest';
import type { AverageChartRequest as _ejournal_reports_v1_AverageChartRequest, AverageChartRequest__Output as _ejournal_reports_v1_AverageChartRequest__Output } from '../../../ejournal/reports/v1/AverageChartRequest';
import type { FillingControl as _ejournal_reports_v1_FillingControl, FillingControl__Output as _ejournal_reports_v1_FillingControl__Output } from '../../../ejournal/reports/v1/FillingControl';
import type { FillingControlRequest as _ejournal_reports_v1_FillingControlRequest, FillingControlRequest__Output as _ejournal_reports_v1_FillingControlRequest__Output } from '../../../ejournal/reports/v1/FillingControlRequest';
import type { MovementList as _ejournal_reports_v1_MovementList, MovementList__Output as _ejournal_reports_v1_MovementList__Output } from '../../../ejournal/reports/v1/MovementList';
import type { MovementListRequest as _ejournal_reports_v1_MovementListRequest, MovementListRequest__Output as _ejournal_reports_v1_MovementListRequest__Output } from '../../../ejournal/reports/v1/MovementListRequest';
import type { RegionOverview as _ejournal_reports_v1_RegionOverview, RegionOverview__Output as _ejournal_reports_v1_RegionOverview__Output } from '../../../ejournal/reports/v1/RegionOverview';
import type { RegionOverviewRequest as _ejournal_reports_v1_RegionOverviewRequest, RegionOverviewRequest__Output as _ejournal_reports_v1_RegionOverviewRequest__Output } from '../../../ejournal/reports/v1/RegionOverviewRequest';
import type { ReportFile as _ejournal_reports_v1_ReportFile, ReportFile__Output as _ejournal_reports_v1_ReportFile__Output } from '../../../ejournal/reports/v1/ReportFile';
import type { SummarySheet as _ejournal_reports_v1_SummarySheet, SummarySheet__Output as _ejournal_reports_v1_SummarySheet__Output } from '../../../ejournal/reports/v1/SummarySheet';
import type { SummarySheetRequest as _ejournal_reports_v1_SummarySheetRequest, SummarySheetRequest__Output as _ejournal_reports_v1_SummarySheetRequest__Output } from '../../../ejournal/reports/v1/SummarySheetRequest';

export interface ReportsServiceClient extends grpc.Client {
  GetAttendanceSheet(argument: _ejournal_reports_v1_AttendanceSheetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_AttendanceSheet__Output>): grpc.ClientUnaryCall;
  GetAttendanceSheet(argument: _ejournal_reports_v1_AttendanceSheetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_AttendanceSheet__Output>): grpc.ClientUnaryCall;
  GetAttendanceSheet(argument: _ejournal_reports_v1_AttendanceSheetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_AttendanceSheet__Output>): grpc.ClientUnaryCall;
  GetAttendanceSheet(argument: _ejournal_reports_v1_AttendanceSheetRequest, callback: grpc.requestCallback<_ejournal_reports_v1_AttendanceSheet__Output>): grpc.ClientUnaryCall;
  getAttendanceSheet(argument: _ejournal_reports_v1_AttendanceSheetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_AttendanceSheet__Output>): grpc.ClientUnaryCall;
  getAttendanceSheet(argument: _ejournal_reports_v1_AttendanceSheetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_AttendanceSheet__Output>): grpc.ClientUnaryCall;
  getAttendanceSheet(argument: _ejournal_reports_v1_AttendanceSheetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_AttendanceSheet__Output>): grpc.ClientUnaryCall;
  getAttendanceSheet(argument: _ejournal_reports_v1_AttendanceSheetRequest, callback: grpc.requestCallback<_ejournal_reports_v1_AttendanceSheet__Output>): grpc.ClientUnaryCall;
  
  GetAverageChart(argument: _ejournal_reports_v1_AverageChartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  GetAverageChart(argument: _ejournal_reports_v1_AverageChartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  GetAverageChart(argument: _ejournal_reports_v1_AverageChartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  GetAverageChart(argument: _ejournal_reports_v1_AverageChartRequest, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  getAverageChart(argument: _ejournal_reports_v1_AverageChartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  getAverageChart(argument: _ejournal_reports_v1_AverageChartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  getAverageChart(argument: _ejournal_reports_v1_AverageChartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  getAverageChart(argument: _ejournal_reports_v1_AverageChartRequest, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  
  GetFillingChart(argument: _ejournal_reports_v1_FillingControlRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  GetFillingChart(argument: _ejournal_reports_v1_FillingControlRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  GetFillingChart(argument: _ejournal_reports_v1_FillingControlRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  GetFillingChart(argument: _ejournal_reports_v1_FillingControlRequest, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  getFillingChart(argument: _ejournal_reports_v1_FillingControlRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  getFillingChart(argument: _ejournal_reports_v1_FillingControlRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  getFillingChart(argument: _ejournal_reports_v1_FillingControlRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  getFillingChart(argument: _ejournal_reports_v1_FillingControlRequest, callback: grpc.requestCallback<_ejournal_reports_v1_ReportFile__Output>): grpc.ClientUnaryCall;
  
  GetFillingControl(argument: _ejournal_reports_v1_FillingControlRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_FillingControl__Output>): grpc.ClientUnaryCall;
  GetFillingControl(argument: _ejournal_reports_v1_FillingControlRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_FillingControl__Output>): grpc.ClientUnaryCall;
  GetFillingControl(argument: _ejournal_reports_v1_FillingControlRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_FillingControl__Output>): grpc.ClientUnaryCall;
  GetFillingControl(argument: _ejournal_reports_v1_FillingControlRequest, callback: grpc.requestCallback<_ejournal_reports_v1_FillingControl__Output>): grpc.ClientUnaryCall;
  getFillingControl(argument: _ejournal_reports_v1_FillingControlRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_FillingControl__Output>): grpc.ClientUnaryCall;
  getFillingControl(argument: _ejournal_reports_v1_FillingControlRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_FillingControl__Output>): grpc.ClientUnaryCall;
  getFillingControl(argument: _ejournal_reports_v1_FillingControlRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_FillingControl__Output>): grpc.ClientUnaryCall;
  getFillingControl(argument: _ejournal_reports_v1_FillingControlRequest, callback: grpc.requestCallback<_ejournal_reports_v1_FillingControl__Output>): grpc.ClientUnaryCall;
  
  GetMovementList(argument: _ejournal_reports_v1_MovementListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_MovementList__Output>): grpc.ClientUnaryCall;
  GetMovementList(argument: _ejournal_reports_v1_MovementListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_MovementList__Output>): grpc.ClientUnaryCall;
  GetMovementList(argument: _ejournal_reports_v1_MovementListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_MovementList__Output>): grpc.ClientUnaryCall;
  GetMovementList(argument: _ejournal_reports_v1_MovementListRequest, callback: grpc.requestCallback<_ejournal_reports_v1_MovementList__Output>): grpc.ClientUnaryCall;
  getMovementList(argument: _ejournal_reports_v1_MovementListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_MovementList__Output>): grpc.ClientUnaryCall;
  getMovementList(argument: _ejournal_reports_v1_MovementListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_MovementList__Output>): grpc.ClientUnaryCall;
  getMovementList(argument: _ejournal_reports_v1_MovementListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_MovementList__Output>): grpc.ClientUnaryCall;
  getMovementList(argument: _ejournal_reports_v1_MovementListRequest, callback: grpc.requestCallback<_ejournal_reports_v1_MovementList__Output>): grpc.ClientUnaryCall;
  
  GetRegionOverview(argument: _ejournal_reports_v1_RegionOverviewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_RegionOverview__Output>): grpc.ClientUnaryCall;
  GetRegionOverview(argument: _ejournal_reports_v1_RegionOverviewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_RegionOverview__Output>): grpc.ClientUnaryCall;
  GetRegionOverview(argument: _ejournal_reports_v1_RegionOverviewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_RegionOverview__Output>): grpc.ClientUnaryCall;
  GetRegionOverview(argument: _ejournal_reports_v1_RegionOverviewRequest, callback: grpc.requestCallback<_ejournal_reports_v1_RegionOverview__Output>): grpc.ClientUnaryCall;
  getRegionOverview(argument: _ejournal_reports_v1_RegionOverviewRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_RegionOverview__Output>): grpc.ClientUnaryCall;
  getRegionOverview(argument: _ejournal_reports_v1_RegionOverviewRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_RegionOverview__Output>): grpc.ClientUnaryCall;
  getRegionOverview(argument: _ejournal_reports_v1_RegionOverviewRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_RegionOverview__Output>): grpc.ClientUnaryCall;
  getRegionOverview(argument: _ejournal_reports_v1_RegionOverviewRequest, callback: grpc.requestCallback<_ejournal_reports_v1_RegionOverview__Output>): grpc.ClientUnaryCall;
  
  GetSummarySheet(argument: _ejournal_reports_v1_SummarySheetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_SummarySheet__Output>): grpc.ClientUnaryCall;
  GetSummarySheet(argument: _ejournal_reports_v1_SummarySheetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_SummarySheet__Output>): grpc.ClientUnaryCall;
  GetSummarySheet(argument: _ejournal_reports_v1_SummarySheetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_SummarySheet__Output>): grpc.ClientUnaryCall;
  GetSummarySheet(argument: _ejournal_reports_v1_SummarySheetRequest, callback: grpc.requestCallback<_ejournal_reports_v1_SummarySheet__Output>): grpc.ClientUnaryCall;
  getSummarySheet(argument: _ejournal_reports_v1_SummarySheetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_SummarySheet__Output>): grpc.ClientUnaryCall;
  getSummarySheet(argument: _ejournal_reports_v1_SummarySheetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_reports_v1_SummarySheet__Output>): grpc.ClientUnaryCall;
  getSummarySheet(argument: _ejournal_reports_v1_SummarySheetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_reports_v1_SummarySheet__Output>): grpc.ClientUnaryCall;
  getSummarySheet(argument: _ejournal_reports_v1_SummarySheetRequest, callback: grpc.requestCallback<_ejournal_reports_v1_SummarySheet__Output>): grpc.ClientUnaryCall;
  
}

export interface ReportsServiceHandlers extends grpc.UntypedServiceImplementation {
  GetAttendanceSheet: grpc.handleUnaryCall<_ejournal_reports_v1_AttendanceSheetRequest__Output, _ejournal_reports_v1_AttendanceSheet>;
  
  GetAverageChart: grpc.handleUnaryCall<_ejournal_reports_v1_AverageChartRequest__Output, _ejournal_reports_v1_ReportFile>;
  
  GetFillingChart: grpc.handleUnaryCall<_ejournal_reports_v1_FillingControlRequest__Output, _ejournal_reports_v1_ReportFile>;
  
  GetFillingControl: grpc.handleUnaryCall<_ejournal_reports_v1_FillingControlRequest__Output, _ejournal_reports_v1_FillingControl>;
  
  GetMovementList: grpc.handleUnaryCall<_ejournal_reports_v1_MovementListRequest__Output, _ejournal_reports_v1_MovementList>;
  
  GetRegionOverview: grpc.handleUnaryCall<_ejournal_reports_v1_RegionOverviewRequest__Output, _ejournal_reports_v1_RegionOverview>;
  
  GetSummarySheet: grpc.handleUnaryCall<_ejournal_reports_v1_SummarySheetRequest__Output, _ejournal_reports_v1_SummarySheet>;
  
}

export interface ReportsServiceDefinition extends grpc.ServiceDefinition {
  GetAttendanceSheet: MethodDefinition<_ejournal_reports_v1_AttendanceSheetRequest, _ejournal_reports_v1_AttendanceSheet, _ejournal_reports_v1_AttendanceSheetRequest__Output, _ejournal_reports_v1_AttendanceSheet__Output>
  GetAverageChart: MethodDefinition<_ejournal_reports_v1_AverageChartRequest, _ejournal_reports_v1_ReportFile, _ejournal_reports_v1_AverageChartRequest__Output, _ejournal_reports_v1_ReportFile__Output>
  GetFillingChart: MethodDefinition<_ejournal_reports_v1_FillingControlRequest, _ejournal_reports_v1_ReportFile, _ejournal_reports_v1_FillingControlRequest__Output, _ejournal_reports_v1_ReportFile__Output>
  GetFillingControl: MethodDefinition<_ejournal_reports_v1_FillingControlRequest, _ejournal_reports_v1_FillingControl, _ejournal_reports_v1_FillingControlRequest__Output, _ejournal_reports_v1_FillingControl__Output>
  GetMovementList: MethodDefinition<_ejournal_reports_v1_MovementListRequest, _ejournal_reports_v1_MovementList, _ejournal_reports_v1_MovementListRequest__Output, _ejournal_reports_v1_MovementList__Output>
  GetRegionOverview: MethodDefinition<_ejournal_reports_v1_RegionOverviewRequest, _ejournal_reports_v1_RegionOverview, _ejournal_reports_v1_RegionOverviewRequest__Output, _ejournal_reports_v1_RegionOverview__Output>
  GetSummarySheet: MethodDefinition<_ejournal_reports_v1_SummarySheetRequest, _ejournal_reports_v1_SummarySheet, _ejournal_reports_v1_SummarySheetRequest__Output, _ejournal_reports_v1_SummarySheet__Output>
}
