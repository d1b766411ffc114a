import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AttendanceSummary as _ejournal_diary_v1_AttendanceSummary, AttendanceSummary__Output as _ejournal_diary_v1_AttendanceSummary__Output } from './ejournal/diary/v1/AttendanceSummary';
import type { AttendanceSummaryRequest as _ejournal_diary_v1_AttendanceSummaryRequest, AttendanceSummaryRequest__Output as _ejournal_diary_v1_AttendanceSummaryRequest__Output } from './ejournal/diary/v1/AttendanceSummaryRequest';
import type { CountedViews as _ejournal_diary_v1_CountedViews, CountedViews__Output as _ejournal_diary_v1_CountedViews__Output } from './ejournal/diary/v1/CountedViews';
import type { CurrentMarks as _ejournal_diary_v1_CurrentMarks, CurrentMarks__Output as _ejournal_diary_v1_CurrentMarks__Output } from './ejournal/diary/v1/CurrentMarks';
import type { CurrentMarksRequest as _ejournal_diary_v1_CurrentMarksRequest, CurrentMarksRequest__Output as _ejournal_diary_v1_CurrentMarksRequest__Output } from './ejournal/diary/v1/CurrentMarksRequest';
import type { DiaryFile as _ejournal_diary_v1_DiaryFile, DiaryFile__Output as _ejournal_diary_v1_DiaryFile__Output } from './ejournal/diary/v1/DiaryFile';
import type { DiaryFinal as _ejournal_diary_v1_DiaryFinal, DiaryFinal__Output as _ejournal_diary_v1_DiaryFinal__Output } from './ejournal/diary/v1/DiaryFinal';
import type { DiaryLesson as _ejournal_diary_v1_DiaryLesson, DiaryLesson__Output as _ejournal_diary_v1_DiaryLesson__Output } from './ejournal/diary/v1/DiaryLesson';
import type { DiaryMark as _ejournal_diary_v1_DiaryMark, DiaryMark__Output as _ejournal_diary_v1_DiaryMark__Output } from './ejournal/diary/v1/DiaryMark';
import type { DiaryReaders as _ejournal_diary_v1_DiaryReaders, DiaryReaders__Output as _ejournal_diary_v1_DiaryReaders__Output } from './ejournal/diary/v1/DiaryReaders';
import type { DiaryReadersRequest as _ejournal_diary_v1_DiaryReadersRequest, DiaryReadersRequest__Output as _ejournal_diary_v1_DiaryReadersRequest__Output } from './ejournal/diary/v1/DiaryReadersRequest';
import type { DiaryServiceClient as _ejournal_diary_v1_DiaryServiceClient, DiaryServiceDefinition as _ejournal_diary_v1_DiaryServiceDefinition } from './ejournal/diary/v1/DiaryService';
import type { ExportError as _ejournal_diary_v1_ExportError, ExportError__Output as _ejournal_diary_v1_ExportError__Output } from './ejournal/diary/v1/ExportError';
import type { ExportJob as _ejournal_diary_v1_ExportJob, ExportJob__Output as _ejournal_diary_v1_ExportJob__Output } from './ejournal/diary/v1/ExportJob';
import type { ExportReport as _ejournal_diary_v1_ExportReport, ExportReport__Output as _ejournal_diary_v1_ExportReport__Output } from './ejournal/diary/v1/ExportReport';
import type { ExportReports as _ejournal_diary_v1_ExportReports, ExportReports__Output as _ejournal_diary_v1_ExportReports__Output } from './ejournal/diary/v1/ExportReports';
import type { ExportReportsRequest as _ejournal_diary_v1_ExportReportsRequest, ExportReportsRequest__Output as _ejournal_diary_v1_ExportReportsRequest__Output } from './ejournal/diary/v1/ExportReportsRequest';
import type { Finals as _ejournal_diary_v1_Finals, Finals__Output as _ejournal_diary_v1_Finals__Output } from './ejournal/diary/v1/Finals';
import type { FinalsRequest as _ejournal_diary_v1_FinalsRequest, FinalsRequest__Output as _ejournal_diary_v1_FinalsRequest__Output } from './ejournal/diary/v1/FinalsRequest';
import type { GetExportJobRequest as _ejournal_diary_v1_GetExportJobRequest, GetExportJobRequest__Output as _ejournal_diary_v1_GetExportJobRequest__Output } from './ejournal/diary/v1/GetExportJobRequest';
import type { PageKeeping as _ejournal_diary_v1_PageKeeping, PageKeeping__Output as _ejournal_diary_v1_PageKeeping__Output } from './ejournal/diary/v1/PageKeeping';
import type { RunExportRequest as _ejournal_diary_v1_RunExportRequest, RunExportRequest__Output as _ejournal_diary_v1_RunExportRequest__Output } from './ejournal/diary/v1/RunExportRequest';
import type { SubjectMarks as _ejournal_diary_v1_SubjectMarks, SubjectMarks__Output as _ejournal_diary_v1_SubjectMarks__Output } from './ejournal/diary/v1/SubjectMarks';
import type { Teachers as _ejournal_diary_v1_Teachers, Teachers__Output as _ejournal_diary_v1_Teachers__Output } from './ejournal/diary/v1/Teachers';
import type { ViewsCounted as _ejournal_diary_v1_ViewsCounted, ViewsCounted__Output as _ejournal_diary_v1_ViewsCounted__Output } from './ejournal/diary/v1/ViewsCounted';
import type { WeekPage as _ejournal_diary_v1_WeekPage, WeekPage__Output as _ejournal_diary_v1_WeekPage__Output } from './ejournal/diary/v1/WeekPage';
import type { WeekPageRequest as _ejournal_diary_v1_WeekPageRequest, WeekPageRequest__Output as _ejournal_diary_v1_WeekPageRequest__Output } from './ejournal/diary/v1/WeekPageRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    diary: {
      v1: {
        AttendanceSummary: MessageTypeDefinition<_ejournal_diary_v1_AttendanceSummary, _ejournal_diary_v1_AttendanceSummary__Output>
        AttendanceSummaryRequest: MessageTypeDefinition<_ejournal_diary_v1_AttendanceSummaryRequest, _ejournal_diary_v1_AttendanceSummaryRequest__Output>
        CountedViews: MessageTypeDefinition<_ejournal_diary_v1_CountedViews, _ejournal_diary_v1_CountedViews__Output>
        CurrentMarks: MessageTypeDefinition<_ejournal_diary_v1_CurrentMarks, _ejournal_diary_v1_CurrentMarks__Output>
        CurrentMarksRequest: MessageTypeDefinition<_ejournal_diary_v1_CurrentMarksRequest, _ejournal_diary_v1_CurrentMarksRequest__Output>
        DiaryFile: MessageTypeDefinition<_ejournal_diary_v1_DiaryFile, _ejournal_diary_v1_DiaryFile__Output>
        DiaryFinal: MessageTypeDefinition<_ejournal_diary_v1_DiaryFinal, _ejournal_diary_v1_DiaryFinal__Output>
        DiaryLesson: MessageTypeDefinition<_ejournal_diary_v1_DiaryLesson, _ejournal_diary_v1_DiaryLesson__Output>
        DiaryMark: MessageTypeDefinition<_ejournal_diary_v1_DiaryMark, _ejournal_diary_v1_DiaryMark__Output>
        DiaryReaders: MessageTypeDefinition<_ejournal_diary_v1_DiaryReaders, _ejournal_diary_v1_DiaryReaders__Output>
        DiaryReadersRequest: MessageTypeDefinition<_ejournal_diary_v1_DiaryReadersRequest, _ejournal_diary_v1_DiaryReadersRequest__Output>
        DiaryService: SubtypeConstructor<typeof grpc.Client, _ejournal_diary_v1_DiaryServiceClient> & { service: _ejournal_diary_v1_DiaryServiceDefinition }
        ExportError: MessageTypeDefinition<_ejournal_diary_v1_ExportError, _ejournal_diary_v1_ExportError__Output>
        ExportJob: MessageTypeDefinition<_ejournal_diary_v1_ExportJob, _ejournal_diary_v1_ExportJob__Output>
        ExportReport: MessageTypeDefinition<_ejournal_diary_v1_ExportReport, _ejournal_diary_v1_ExportReport__Output>
        ExportReports: MessageTypeDefinition<_ejournal_diary_v1_ExportReports, _ejournal_diary_v1_ExportReports__Output>
        ExportReportsRequest: MessageTypeDefinition<_ejournal_diary_v1_ExportReportsRequest, _ejournal_diary_v1_ExportReportsRequest__Output>
        Finals: MessageTypeDefinition<_ejournal_diary_v1_Finals, _ejournal_diary_v1_Finals__Output>
        FinalsRequest: MessageTypeDefinition<_ejournal_diary_v1_FinalsRequest, _ejournal_diary_v1_FinalsRequest__Output>
        GetExportJobRequest: MessageTypeDefinition<_ejournal_diary_v1_GetExportJobRequest, _ejournal_diary_v1_GetExportJobRequest__Output>
        PageKeeping: MessageTypeDefinition<_ejournal_diary_v1_PageKeeping, _ejournal_diary_v1_PageKeeping__Output>
        RunExportRequest: MessageTypeDefinition<_ejournal_diary_v1_RunExportRequest, _ejournal_diary_v1_RunExportRequest__Output>
        SubjectMarks: MessageTypeDefinition<_ejournal_diary_v1_SubjectMarks, _ejournal_diary_v1_SubjectMarks__Output>
        Teachers: MessageTypeDefinition<_ejournal_diary_v1_Teachers, _ejournal_diary_v1_Teachers__Output>
        ViewsCounted: MessageTypeDefinition<_ejournal_diary_v1_ViewsCounted, _ejournal_diary_v1_ViewsCounted__Output>
        WeekPage: MessageTypeDefinition<_ejournal_diary_v1_WeekPage, _ejournal_diary_v1_WeekPage__Output>
        WeekPageRequest: MessageTypeDefinition<_ejournal_diary_v1_WeekPageRequest, _ejournal_diary_v1_WeekPageRequest__Output>
      }
    }
  }
}

