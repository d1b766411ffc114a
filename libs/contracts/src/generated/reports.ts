import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AttendancePupil as _ejournal_reports_v1_AttendancePupil, AttendancePupil__Output as _ejournal_reports_v1_AttendancePupil__Output } from './ejournal/reports/v1/AttendancePupil';
import type { AttendanceSheet as _ejournal_reports_v1_AttendanceSheet, AttendanceSheet__Output as _ejournal_reports_v1_AttendanceSheet__Output } from './ejournal/reports/v1/AttendanceSheet';
import type { AttendanceSheetRequest as _ejournal_reports_v1_AttendanceSheetRequest, AttendanceSheetRequest__Output as _ejournal_reports_v1_AttendanceSheetRequest__Output } from './ejournal/reports/v1/AttendanceSheetRequest';
import type { AverageChartRequest as _ejournal_reports_v1_AverageChartRequest, AverageChartRequest__Output as _ejournal_reports_v1_AverageChartRequest__Output } from './ejournal/reports/v1/AverageChartRequest';
import type { ClassMovement as _ejournal_reports_v1_ClassMovement, ClassMovement__Output as _ejournal_reports_v1_ClassMovement__Output } from './ejournal/reports/v1/ClassMovement';
import type { CodeCount as _ejournal_reports_v1_CodeCount, CodeCount__Output as _ejournal_reports_v1_CodeCount__Output } from './ejournal/reports/v1/CodeCount';
import type { FillingControl as _ejournal_reports_v1_FillingControl, FillingControl__Output as _ejournal_reports_v1_FillingControl__Output } from './ejournal/reports/v1/FillingControl';
import type { FillingControlRequest as _ejournal_reports_v1_FillingControlRequest, FillingControlRequest__Output as _ejournal_reports_v1_FillingControlRequest__Output } from './ejournal/reports/v1/FillingControlRequest';
import type { FillingLine as _ejournal_reports_v1_FillingLine, FillingLine__Output as _ejournal_reports_v1_FillingLine__Output } from './ejournal/reports/v1/FillingLine';
import type { MovementList as _ejournal_reports_v1_MovementList, MovementList__Output as _ejournal_reports_v1_MovementList__Output } from './ejournal/reports/v1/MovementList';
import type { MovementListRequest as _ejournal_reports_v1_MovementListRequest, MovementListRequest__Output as _ejournal_reports_v1_MovementListRequest__Output } from './ejournal/reports/v1/MovementListRequest';
import type { MunicipalityFilling as _ejournal_reports_v1_MunicipalityFilling, MunicipalityFilling__Output as _ejournal_reports_v1_MunicipalityFilling__Output } from './ejournal/reports/v1/MunicipalityFilling';
import type { OpenLesson as _ejournal_reports_v1_OpenLesson, OpenLesson__Output as _ejournal_reports_v1_OpenLesson__Output } from './ejournal/reports/v1/OpenLesson';
import type { RegionOverview as _ejournal_reports_v1_RegionOverview, RegionOverview__Output as _ejournal_reports_v1_RegionOverview__Output } from './ejournal/reports/v1/RegionOverview';
import type { RegionOverviewRequest as _ejournal_reports_v1_RegionOverviewRequest, RegionOverviewRequest__Output as _ejournal_reports_v1_RegionOverviewRequest__Output } from './ejournal/reports/v1/RegionOverviewRequest';
import type { ReportFile as _ejournal_reports_v1_ReportFile, ReportFile__Output as _ejournal_reports_v1_ReportFile__Output } from './ejournal/reports/v1/ReportFile';
import type { ReportsServiceClient as _ejournal_reports_v1_ReportsServiceClient, ReportsServiceDefinition as _ejournal_reports_v1_ReportsServiceDefinition } from './ejournal/reports/v1/ReportsService';
import type { SchoolFilling as _ejournal_reports_v1_SchoolFilling, SchoolFilling__Output as _ejournal_reports_v1_SchoolFilling__Output } from './ejournal/reports/v1/SchoolFilling';
import type { SubjectCount as _ejournal_reports_v1_SubjectCount, SubjectCount__Output as _ejournal_reports_v1_SubjectCount__Output } from './ejournal/reports/v1/SubjectCount';
import type { SummaryCell as _ejournal_reports_v1_SummaryCell, SummaryCell__Output as _ejournal_reports_v1_SummaryCell__Output } from './ejournal/reports/v1/SummaryCell';
import type { SummaryPupil as _ejournal_reports_v1_SummaryPupil, SummaryPupil__Output as _ejournal_reports_v1_SummaryPupil__Output } from './ejournal/reports/v1/SummaryPupil';
import type { SummarySheet as _ejournal_reports_v1_SummarySheet, SummarySheet__Output as _ejournal_reports_v1_SummarySheet__Output } from './ejournal/reports/v1/SummarySheet';
import type { SummarySheetRequest as _ejournal_reports_v1_SummarySheetRequest, SummarySheetRequest__Output as _ejournal_reports_v1_SummarySheetRequest__Output } from './ejournal/reports/v1/SummarySheetRequest';
import type { WeekShare as _ejournal_reports_v1_WeekShare, WeekShare__Output as _ejournal_reports_v1_WeekShare__Output } from './ejournal/reports/v1/WeekShare';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    reports: {
      v1: {
        AttendancePupil: MessageTypeDefinition<_ejournal_reports_v1_AttendancePupil, _ejournal_reports_v1_AttendancePupil__Output>
        AttendanceSheet: MessageTypeDefinition<_ejournal_reports_v1_AttendanceSheet, _ejournal_reports_v1_AttendanceSheet__Output>
        AttendanceSheetRequest: MessageTypeDefinition<_ejournal_reports_v1_AttendanceSheetRequest, _ejournal_reports_v1_AttendanceSheetRequest__Output>
        AverageChartRequest: MessageTypeDefinition<_ejournal_reports_v1_AverageChartRequest, _ejournal_reports_v1_AverageChartRequest__Output>
        ClassMovement: MessageTypeDefinition<_ejournal_reports_v1_ClassMovement, _ejournal_reports_v1_ClassMovement__Output>
        CodeCount: MessageTypeDefinition<_ejournal_reports_v1_CodeCount, _ejournal_reports_v1_CodeCount__Output>
        FillingControl: MessageTypeDefinition<_ejournal_reports_v1_FillingControl, _ejournal_reports_v1_FillingControl__Output>
        FillingControlRequest: MessageTypeDefinition<_ejournal_reports_v1_FillingControlRequest, _ejournal_reports_v1_FillingControlRequest__Output>
        FillingLine: MessageTypeDefinition<_ejournal_reports_v1_FillingLine, _ejournal_reports_v1_FillingLine__Output>
        MovementList: MessageTypeDefinition<_ejournal_reports_v1_MovementList, _ejournal_reports_v1_MovementList__Output>
        MovementListRequest: MessageTypeDefinition<_ejournal_reports_v1_MovementListRequest, _ejournal_reports_v1_MovementListRequest__Output>
        MunicipalityFilling: MessageTypeDefinition<_ejournal_reports_v1_MunicipalityFilling, _ejournal_reports_v1_MunicipalityFilling__Output>
        OpenLesson: MessageTypeDefinition<_ejournal_reports_v1_OpenLesson, _ejournal_reports_v1_OpenLesson__Output>
        RegionOverview: MessageTypeDefinition<_ejournal_reports_v1_RegionOverview, _ejournal_reports_v1_RegionOverview__Output>
        RegionOverviewRequest: MessageTypeDefinition<_ejournal_reports_v1_RegionOverviewRequest, _ejournal_reports_v1_RegionOverviewRequest__Output>
        ReportFile: MessageTypeDefinition<_ejournal_reports_v1_ReportFile, _ejournal_reports_v1_ReportFile__Output>
        ReportsService: SubtypeConstructor<typeof grpc.Client, _ejournal_reports_v1_ReportsServiceClient> & { service: _ejournal_reports_v1_ReportsServiceDefinition }
        SchoolFilling: MessageTypeDefinition<_ejournal_reports_v1_SchoolFilling, _ejournal_reports_v1_SchoolFilling__Output>
        SubjectCount: MessageTypeDefinition<_ejournal_reports_v1_SubjectCount, _ejournal_reports_v1_SubjectCount__Output>
        SummaryCell: MessageTypeDefinition<_ejournal_reports_v1_SummaryCell, _ejournal_reports_v1_SummaryCell__Output>
        SummaryPupil: MessageTypeDefinition<_ejournal_reports_v1_SummaryPupil, _ejournal_reports_v1_SummaryPupil__Output>
        SummarySheet: MessageTypeDefinition<_ejournal_reports_v1_SummarySheet, _ejournal_reports_v1_SummarySheet__Output>
        SummarySheetRequest: MessageTypeDefinition<_ejournal_reports_v1_SummarySheetRequest, _ejournal_reports_v1_SummarySheetRequest__Output>
        WeekShare: MessageTypeDefinition<_ejournal_reports_v1_WeekShare, _ejournal_reports_v1_WeekShare__Output>
      }
    }
  }
}

