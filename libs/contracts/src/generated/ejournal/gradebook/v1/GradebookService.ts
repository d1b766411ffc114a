// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AttachHomeworkFileRequest as _ejournal_gradebook_v1_AttachHomeworkFileRequest, AttachHomeworkFileRequest__Output as _ejournal_gradebook_v1_AttachHomeworkFileRequest__Output } from '../../../ejournal/gradebook/v1/AttachHomeworkFileRequest';
import type { ChangeRequest as _ejournal_gradebook_v1_ChangeRequest, ChangeRequest__Output as _ejournal_gradebook_v1_ChangeRequest__Output } from '../../../ejournal/gradebook/v1/ChangeRequest';
import type { ClosureReadiness as _ejournal_gradebook_v1_ClosureReadiness, ClosureReadiness__Output as _ejournal_gradebook_v1_ClosureReadiness__Output } from '../../../ejournal/gradebook/v1/ClosureReadiness';
import type { ClosureReadinessRequest as _ejournal_gradebook_v1_ClosureReadinessRequest, ClosureReadinessRequest__Output as _ejournal_gradebook_v1_ClosureReadinessRequest__Output } from '../../../ejournal/gradebook/v1/ClosureReadinessRequest';
import type { CorrectMarkRequest as _ejournal_gradebook_v1_CorrectMarkRequest, CorrectMarkRequest__Output as _ejournal_gradebook_v1_CorrectMarkRequest__Output } from '../../../ejournal/gradebook/v1/CorrectMarkRequest';
import type { CorrectMarkResult as _ejournal_gradebook_v1_CorrectMarkResult, CorrectMarkResult__Output as _ejournal_gradebook_v1_CorrectMarkResult__Output } from '../../../ejournal/gradebook/v1/CorrectMarkResult';
import type { DecideChangeRequestRequest as _ejournal_gradebook_v1_DecideChangeRequestRequest, DecideChangeRequestRequest__Output as _ejournal_gradebook_v1_DecideChangeRequestRequest__Output } from '../../../ejournal/gradebook/v1/DecideChangeRequestRequest';
import type { DecideFinalChangeRequest as _ejournal_gradebook_v1_DecideFinalChangeRequest, DecideFinalChangeRequest__Output as _ejournal_gradebook_v1_DecideFinalChangeRequest__Output } from '../../../ejournal/gradebook/v1/DecideFinalChangeRequest';
import type { ExportLessonsRequest as _ejournal_gradebook_v1_ExportLessonsRequest, ExportLessonsRequest__Output as _ejournal_gradebook_v1_ExportLessonsRequest__Output } from '../../../ejournal/gradebook/v1/ExportLessonsRequest';
import type { ExportedLessons as _ejournal_gradebook_v1_ExportedLessons, ExportedLessons__Output as _ejournal_gradebook_v1_ExportedLessons__Output } from '../../../ejournal/gradebook/v1/ExportedLessons';
import type { Final as _ejournal_gradebook_v1_Final, Final__Output as _ejournal_gradebook_v1_Final__Output } from '../../../ejournal/gradebook/v1/Final';
import type { FinalChangeRequest as _ejournal_gradebook_v1_FinalChangeRequest, FinalChangeRequest__Output as _ejournal_gradebook_v1_FinalChangeRequest__Output } from '../../../ejournal/gradebook/v1/FinalChangeRequest';
import type { GetHomeworkFileRequest as _ejournal_gradebook_v1_GetHomeworkFileRequest, GetHomeworkFileRequest__Output as _ejournal_gradebook_v1_GetHomeworkFileRequest__Output } from '../../../ejournal/gradebook/v1/GetHomeworkFileRequest';
import type { HomeworkFile as _ejournal_gradebook_v1_HomeworkFile, HomeworkFile__Output as _ejournal_gradebook_v1_HomeworkFile__Output } from '../../../ejournal/gradebook/v1/HomeworkFile';
import type { HomeworkFileContent as _ejournal_gradebook_v1_HomeworkFileContent, HomeworkFileContent__Output as _ejournal_gradebook_v1_HomeworkFileContent__Output } from '../../../ejournal/gradebook/v1/HomeworkFileContent';
import type { JournalPage as _ejournal_gradebook_v1_JournalPage, JournalPage__Output as _ejournal_gradebook_v1_JournalPage__Output } from '../../../ejournal/gradebook/v1/JournalPage';
import type { JournalPageKey as _ejournal_gradebook_v1_JournalPageKey, JournalPageKey__Output as _ejournal_gradebook_v1_JournalPageKey__Output } from '../../../ejournal/gradebook/v1/JournalPageKey';
import type { LessonRecord as _ejournal_gradebook_v1_LessonRecord, LessonRecord__Output as _ejournal_gradebook_v1_LessonRecord__Output } from '../../../ejournal/gradebook/v1/LessonRecord';
import type { ListPeriodPagesRequest as _ejournal_gradebook_v1_ListPeriodPagesRequest, ListPeriodPagesRequest__Output as _ejournal_gradebook_v1_ListPeriodPagesRequest__Output } from '../../../ejournal/gradebook/v1/ListPeriodPagesRequest';
import type { PeriodPages as _ejournal_gradebook_v1_PeriodPages, PeriodPages__Output as _ejournal_gradebook_v1_PeriodPages__Output } from '../../../ejournal/gradebook/v1/PeriodPages';
import type { RecordLessonRequest as _ejournal_gradebook_v1_RecordLessonRequest, RecordLessonRequest__Output as _ejournal_gradebook_v1_RecordLessonRequest__Output } from '../../../ejournal/gradebook/v1/RecordLessonRequest';
import type { RequestFinalChangeRequest as _ejournal_gradebook_v1_RequestFinalChangeRequest, RequestFinalChangeRequest__Output as _ejournal_gradebook_v1_RequestFinalChangeRequest__Output } from '../../../ejournal/gradebook/v1/RequestFinalChangeRequest';
import type { SetFinalRequest as _ejournal_gradebook_v1_SetFinalRequest, SetFinalRequest__Output as _ejournal_gradebook_v1_SetFinalRequest__Output } from '../../../ejournal/gradebook/v1/SetFinalRequest';
import type { SetMarksRequest as _ejournal_gradebook_v1_SetMarksRequest, SetMarksRequest__Output as _ejournal_gradebook_v1_SetMarksRequest__Output } from '../../../ejournal/gradebook/v1/SetMarksRequest';
import type { SetMarksResult as _ejournal_gradebook_v1_SetMarksResult, SetMarksResult__Output as _ejournal_gradebook_v1_SetMarksResult__Output } from '../../../ejournal/gradebook/v1/SetMarksResult';
import type { SetYearFinalRequest as _ejournal_gradebook_v1_SetYearFinalRequest, SetYearFinalRequest__Output as _ejournal_gradebook_v1_SetYearFinalRequest__Output } from '../../../ejournal/gradebook/v1/SetYearFinalRequest';
import type { YearFinals as _ejournal_gradebook_v1_YearFinals, YearFinals__Output as _ejournal_gradebook_v1_YearFinals__Output } from '../../../ejournal/gradebook/v1/YearFinals';
import type { YearFinalsKey as _ejournal_gradebook_v1_YearFinalsKey, YearFinalsKey__Output as _ejournal_gradebook_v1_YearFinalsKey__Output } from '../../../ejournal/gradebook/v1/YearFinalsKey';

export interface GradebookServiceClient extends grpc.Client {
  AttachHomeworkFile(argument: _ejournal_gradebook_v1_AttachHomeworkFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFile__Output>): grpc.ClientUnaryCall;
  AttachHomeworkFile(argument: _ejournal_gradebook_v1_AttachHomeworkFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFile__Output>): grpc.ClientUnaryCall;
  AttachHomeworkFile(argument: _ejournal_gradebook_v1_AttachHomeworkFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFile__Output>): grpc.ClientUnaryCall;
  AttachHomeworkFile(argument: _ejournal_gradebook_v1_AttachHomeworkFileRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFile__Output>): grpc.ClientUnaryCall;
  attachHomeworkFile(argument: _ejournal_gradebook_v1_AttachHomeworkFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFile__Output>): grpc.ClientUnaryCall;
  attachHomeworkFile(argument: _ejournal_gradebook_v1_AttachHomeworkFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFile__Output>): grpc.ClientUnaryCall;
  attachHomeworkFile(argument: _ejournal_gradebook_v1_AttachHomeworkFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFile__Output>): grpc.ClientUnaryCall;
  attachHomeworkFile(argument: _ejournal_gradebook_v1_AttachHomeworkFileRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFile__Output>): grpc.ClientUnaryCall;
  
  CorrectMark(argument: _ejournal_gradebook_v1_CorrectMarkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_CorrectMarkResult__Output>): grpc.ClientUnaryCall;
  CorrectMark(argument: _ejournal_gradebook_v1_CorrectMarkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_CorrectMarkResult__Output>): grpc.ClientUnaryCall;
  CorrectMark(argument: _ejournal_gradebook_v1_CorrectMarkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_CorrectMarkResult__Output>): grpc.ClientUnaryCall;
  CorrectMark(argument: _ejournal_gradebook_v1_CorrectMarkRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_CorrectMarkResult__Output>): grpc.ClientUnaryCall;
  correctMark(argument: _ejournal_gradebook_v1_CorrectMarkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_CorrectMarkResult__Output>): grpc.ClientUnaryCall;
  correctMark(argument: _ejournal_gradebook_v1_CorrectMarkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_CorrectMarkResult__Output>): grpc.ClientUnaryCall;
  correctMark(argument: _ejournal_gradebook_v1_CorrectMarkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_CorrectMarkResult__Output>): grpc.ClientUnaryCall;
  correctMark(argument: _ejournal_gradebook_v1_CorrectMarkRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_CorrectMarkResult__Output>): grpc.ClientUnaryCall;
  
  DecideChangeRequest(argument: _ejournal_gradebook_v1_DecideChangeRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ChangeRequest__Output>): grpc.ClientUnaryCall;
  DecideChangeRequest(argument: _ejournal_gradebook_v1_DecideChangeRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_ChangeRequest__Output>): grpc.ClientUnaryCall;
  DecideChangeRequest(argument: _ejournal_gradebook_v1_DecideChangeRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ChangeRequest__Output>): grpc.ClientUnaryCall;
  DecideChangeRequest(argument: _ejournal_gradebook_v1_DecideChangeRequestRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_ChangeRequest__Output>): grpc.ClientUnaryCall;
  decideChangeRequest(argument: _ejournal_gradebook_v1_DecideChangeRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ChangeRequest__Output>): grpc.ClientUnaryCall;
  decideChangeRequest(argument: _ejournal_gradebook_v1_DecideChangeRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_ChangeRequest__Output>): grpc.ClientUnaryCall;
  decideChangeRequest(argument: _ejournal_gradebook_v1_DecideChangeRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ChangeRequest__Output>): grpc.ClientUnaryCall;
  decideChangeRequest(argument: _ejournal_gradebook_v1_DecideChangeRequestRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_ChangeRequest__Output>): grpc.ClientUnaryCall;
  
  DecideFinalChange(argument: _ejournal_gradebook_v1_DecideFinalChangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  DecideFinalChange(argument: _ejournal_gradebook_v1_DecideFinalChangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  DecideFinalChange(argument: _ejournal_gradebook_v1_DecideFinalChangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  DecideFinalChange(argument: _ejournal_gradebook_v1_DecideFinalChangeRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  decideFinalChange(argument: _ejournal_gradebook_v1_DecideFinalChangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  decideFinalChange(argument: _ejournal_gradebook_v1_DecideFinalChangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  decideFinalChange(argument: _ejournal_gradebook_v1_DecideFinalChangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  decideFinalChange(argument: _ejournal_gradebook_v1_DecideFinalChangeRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  
  ExportLessons(argument: _ejournal_gradebook_v1_ExportLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ExportedLessons__Output>): grpc.ClientUnaryCall;
  ExportLessons(argument: _ejournal_gradebook_v1_ExportLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_ExportedLessons__Output>): grpc.ClientUnaryCall;
  ExportLessons(argument: _ejournal_gradebook_v1_ExportLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ExportedLessons__Output>): grpc.ClientUnaryCall;
  ExportLessons(argument: _ejournal_gradebook_v1_ExportLessonsRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_ExportedLessons__Output>): grpc.ClientUnaryCall;
  exportLessons(argument: _ejournal_gradebook_v1_ExportLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ExportedLessons__Output>): grpc.ClientUnaryCall;
  exportLessons(argument: _ejournal_gradebook_v1_ExportLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_ExportedLessons__Output>): grpc.ClientUnaryCall;
  exportLessons(argument: _ejournal_gradebook_v1_ExportLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ExportedLessons__Output>): grpc.ClientUnaryCall;
  exportLessons(argument: _ejournal_gradebook_v1_ExportLessonsRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_ExportedLessons__Output>): grpc.ClientUnaryCall;
  
  GetClosureReadiness(argument: _ejournal_gradebook_v1_ClosureReadinessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ClosureReadiness__Output>): grpc.ClientUnaryCall;
  GetClosureReadiness(argument: _ejournal_gradebook_v1_ClosureReadinessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_ClosureReadiness__Output>): grpc.ClientUnaryCall;
  GetClosureReadiness(argument: _ejournal_gradebook_v1_ClosureReadinessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ClosureReadiness__Output>): grpc.ClientUnaryCall;
  GetClosureReadiness(argument: _ejournal_gradebook_v1_ClosureReadinessRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_ClosureReadiness__Output>): grpc.ClientUnaryCall;
  getClosureReadiness(argument: _ejournal_gradebook_v1_ClosureReadinessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ClosureReadiness__Output>): grpc.ClientUnaryCall;
  getClosureReadiness(argument: _ejournal_gradebook_v1_ClosureReadinessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_ClosureReadiness__Output>): grpc.ClientUnaryCall;
  getClosureReadiness(argument: _ejournal_gradebook_v1_ClosureReadinessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_ClosureReadiness__Output>): grpc.ClientUnaryCall;
  getClosureReadiness(argument: _ejournal_gradebook_v1_ClosureReadinessRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_ClosureReadiness__Output>): grpc.ClientUnaryCall;
  
  GetHomeworkFile(argument: _ejournal_gradebook_v1_GetHomeworkFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFileContent__Output>): grpc.ClientUnaryCall;
  GetHomeworkFile(argument: _ejournal_gradebook_v1_GetHomeworkFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFileContent__Output>): grpc.ClientUnaryCall;
  GetHomeworkFile(argument: _ejournal_gradebook_v1_GetHomeworkFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFileContent__Output>): grpc.ClientUnaryCall;
  GetHomeworkFile(argument: _ejournal_gradebook_v1_GetHomeworkFileRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFileContent__Output>): grpc.ClientUnaryCall;
  getHomeworkFile(argument: _ejournal_gradebook_v1_GetHomeworkFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFileContent__Output>): grpc.ClientUnaryCall;
  getHomeworkFile(argument: _ejournal_gradebook_v1_GetHomeworkFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFileContent__Output>): grpc.ClientUnaryCall;
  getHomeworkFile(argument: _ejournal_gradebook_v1_GetHomeworkFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFileContent__Output>): grpc.ClientUnaryCall;
  getHomeworkFile(argument: _ejournal_gradebook_v1_GetHomeworkFileRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_HomeworkFileContent__Output>): grpc.ClientUnaryCall;
  
  GetJournalPage(argument: _ejournal_gradebook_v1_JournalPageKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_JournalPage__Output>): grpc.ClientUnaryCall;
  GetJournalPage(argument: _ejournal_gradebook_v1_JournalPageKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_JournalPage__Output>): grpc.ClientUnaryCall;
  GetJournalPage(argument: _ejournal_gradebook_v1_JournalPageKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_JournalPage__Output>): grpc.ClientUnaryCall;
  GetJournalPage(argument: _ejournal_gradebook_v1_JournalPageKey, callback: grpc.requestCallback<_ejournal_gradebook_v1_JournalPage__Output>): grpc.ClientUnaryCall;
  getJournalPage(argument: _ejournal_gradebook_v1_JournalPageKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_JournalPage__Output>): grpc.ClientUnaryCall;
  getJournalPage(argument: _ejournal_gradebook_v1_JournalPageKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_JournalPage__Output>): grpc.ClientUnaryCall;
  getJournalPage(argument: _ejournal_gradebook_v1_JournalPageKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_JournalPage__Output>): grpc.ClientUnaryCall;
  getJournalPage(argument: _ejournal_gradebook_v1_JournalPageKey, callback: grpc.requestCallback<_ejournal_gradebook_v1_JournalPage__Output>): grpc.ClientUnaryCall;
  
  GetYearFinals(argument: _ejournal_gradebook_v1_YearFinalsKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_YearFinals__Output>): grpc.ClientUnaryCall;
  GetYearFinals(argument: _ejournal_gradebook_v1_YearFinalsKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_YearFinals__Output>): grpc.ClientUnaryCall;
  GetYearFinals(argument: _ejournal_gradebook_v1_YearFinalsKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_YearFinals__Output>): grpc.ClientUnaryCall;
  GetYearFinals(argument: _ejournal_gradebook_v1_YearFinalsKey, callback: grpc.requestCallback<_ejournal_gradebook_v1_YearFinals__Output>): grpc.ClientUnaryCall;
  getYearFinals(argument: _ejournal_gradebook_v1_YearFinalsKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_YearFinals__Output>): grpc.ClientUnaryCall;
  getYearFinals(argument: _ejournal_gradebook_v1_YearFinalsKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_YearFinals__Output>): grpc.ClientUnaryCall;
  getYearFinals(argument: _ejournal_gradebook_v1_YearFinalsKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_YearFinals__Output>): grpc.ClientUnaryCall;
  getYearFinals(argument: _ejournal_gradebook_v1_YearFinalsKey, callback: grpc.requestCallback<_ejournal_gradebook_v1_YearFinals__Output>): grpc.ClientUnaryCall;
  
  ListPeriodPages(argument: _ejournal_gradebook_v1_ListPeriodPagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_PeriodPages__Output>): grpc.ClientUnaryCall;
  ListPeriodPages(argument: _ejournal_gradebook_v1_ListPeriodPagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_PeriodPages__Output>): grpc.ClientUnaryCall;
  ListPeriodPages(argument: _ejournal_gradebook_v1_ListPeriodPagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_PeriodPages__Output>): grpc.ClientUnaryCall;
  ListPeriodPages(argument: _ejournal_gradebook_v1_ListPeriodPagesRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_PeriodPages__Output>): grpc.ClientUnaryCall;
  listPeriodPages(argument: _ejournal_gradebook_v1_ListPeriodPagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_PeriodPages__Output>): grpc.ClientUnaryCall;
  listPeriodPages(argument: _ejournal_gradebook_v1_ListPeriodPagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_PeriodPages__Output>): grpc.ClientUnaryCall;
  listPeriodPages(argument: _ejournal_gradebook_v1_ListPeriodPagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_PeriodPages__Output>): grpc.ClientUnaryCall;
  listPeriodPages(argument: _ejournal_gradebook_v1_ListPeriodPagesRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_PeriodPages__Output>): grpc.ClientUnaryCall;
  
  RecordLesson(argument: _ejournal_gradebook_v1_RecordLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_LessonRecord__Output>): grpc.ClientUnaryCall;
  RecordLesson(argument: _ejournal_gradebook_v1_RecordLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_LessonRecord__Output>): grpc.ClientUnaryCall;
  RecordLesson(argument: _ejournal_gradebook_v1_RecordLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_LessonRecord__Output>): grpc.ClientUnaryCall;
  RecordLesson(argument: _ejournal_gradebook_v1_RecordLessonRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_LessonRecord__Output>): grpc.ClientUnaryCall;
  recordLesson(argument: _ejournal_gradebook_v1_RecordLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_LessonRecord__Output>): grpc.ClientUnaryCall;
  recordLesson(argument: _ejournal_gradebook_v1_RecordLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_LessonRecord__Output>): grpc.ClientUnaryCall;
  recordLesson(argument: _ejournal_gradebook_v1_RecordLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_LessonRecord__Output>): grpc.ClientUnaryCall;
  recordLesson(argument: _ejournal_gradebook_v1_RecordLessonRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_LessonRecord__Output>): grpc.ClientUnaryCall;
  
  RequestFinalChange(argument: _ejournal_gradebook_v1_RequestFinalChangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  RequestFinalChange(argument: _ejournal_gradebook_v1_RequestFinalChangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  RequestFinalChange(argument: _ejournal_gradebook_v1_RequestFinalChangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  RequestFinalChange(argument: _ejournal_gradebook_v1_RequestFinalChangeRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  requestFinalChange(argument: _ejournal_gradebook_v1_RequestFinalChangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  requestFinalChange(argument: _ejournal_gradebook_v1_RequestFinalChangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  requestFinalChange(argument: _ejournal_gradebook_v1_RequestFinalChangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  requestFinalChange(argument: _ejournal_gradebook_v1_RequestFinalChangeRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_FinalChangeRequest__Output>): grpc.ClientUnaryCall;
  
  SetFinal(argument: _ejournal_gradebook_v1_SetFinalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  SetFinal(argument: _ejournal_gradebook_v1_SetFinalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  SetFinal(argument: _ejournal_gradebook_v1_SetFinalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  SetFinal(argument: _ejournal_gradebook_v1_SetFinalRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  setFinal(argument: _ejournal_gradebook_v1_SetFinalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  setFinal(argument: _ejournal_gradebook_v1_SetFinalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  setFinal(argument: _ejournal_gradebook_v1_SetFinalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  setFinal(argument: _ejournal_gradebook_v1_SetFinalRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  
  SetMarks(argument: _ejournal_gradebook_v1_SetMarksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_SetMarksResult__Output>): grpc.ClientUnaryCall;
  SetMarks(argument: _ejournal_gradebook_v1_SetMarksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_SetMarksResult__Output>): grpc.ClientUnaryCall;
  SetMarks(argument: _ejournal_gradebook_v1_SetMarksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_SetMarksResult__Output>): grpc.ClientUnaryCall;
  SetMarks(argument: _ejournal_gradebook_v1_SetMarksRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_SetMarksResult__Output>): grpc.ClientUnaryCall;
  setMarks(argument: _ejournal_gradebook_v1_SetMarksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_SetMarksResult__Output>): grpc.ClientUnaryCall;
  setMarks(argument: _ejournal_gradebook_v1_SetMarksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_SetMarksResult__Output>): grpc.ClientUnaryCall;
  setMarks(argument: _ejournal_gradebook_v1_SetMarksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_SetMarksResult__Output>): grpc.ClientUnaryCall;
  setMarks(argument: _ejournal_gradebook_v1_SetMarksRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_SetMarksResult__Output>): grpc.ClientUnaryCall;
  
  SetYearFinal(argument: _ejournal_gradebook_v1_SetYearFinalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  SetYearFinal(argument: _ejournal_gradebook_v1_SetYearFinalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  SetYearFinal(argument: _ejournal_gradebook_v1_SetYearFinalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  SetYearFinal(argument: _ejournal_gradebook_v1_SetYearFinalRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  setYearFinal(argument: _ejournal_gradebook_v1_SetYearFinalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  setYearFinal(argument: _ejournal_gradebook_v1_SetYearFinalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  setYearFinal(argument: _ejournal_gradebook_v1_SetYearFinalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  setYearFinal(argument: _ejournal_gradebook_v1_SetYearFinalRequest, callback: grpc.requestCallback<_ejournal_gradebook_v1_Final__Output>): grpc.ClientUnaryCall;
  
}

export interface GradebookServiceHandlers extends grpc.UntypedServiceImplementation {
  AttachHomeworkFile: grpc.handleUnaryCall<_ejournal_gradebook_v1_AttachHomeworkFileRequest__Output, _ejournal_gradebook_v1_HomeworkFile>;
  
  CorrectMark: grpc.handleUnaryCall<_ejournal_gradebook_v1_CorrectMarkRequest__Output, _ejournal_gradebook_v1_CorrectMarkResult>;
  
  DecideChangeRequest: grpc.handleUnaryCall<_ejournal_gradebook_v1_DecideChangeRequestRequest__Output, _ejournal_gradebook_v1_ChangeRequest>;
  
  DecideFinalChange: grpc.handleUnaryCall<_ejournal_gradebook_v1_DecideFinalChangeRequest__Output, _ejournal_gradebook_v1_FinalChangeRequest>;
  
  ExportLessons: grpc.handleUnaryCall<_ejournal_gradebook_v1_ExportLessonsRequest__Output, _ejournal_gradebook_v1_ExportedLessons>;
  
  GetClosureReadiness: grpc.handleUnaryCall<_ejournal_gradebook_v1_ClosureReadinessRequest__Output, _ejournal_gradebook_v1_ClosureReadiness>;
  
  GetHomeworkFile: grpc.handleUnaryCall<_ejournal_gradebook_v1_GetHomeworkFileRequest__Output, _ejournal_gradebook_v1_HomeworkFileContent>;
  
  GetJournalPage: grpc.handleUnaryCall<_ejournal_gradebook_v1_JournalPageKey__Output, _ejournal_gradebook_v1_JournalPage>;
  
  GetYearFinals: grpc.handleUnaryCall<_ejournal_gradebook_v1_YearFinalsKey__Output, _ejournal_gradebook_v1_YearFinals>;
  
  ListPeriodPages: grpc.handleUnaryCall<_ejournal_gradebook_v1_ListPeriodPagesRequest__Output, _ejournal_gradebook_v1_PeriodPages>;
  
  RecordLesson: grpc.handleUnaryCall<_ejournal_gradebook_v1_RecordLessonRequest__Output, _ejournal_gradebook_v1_LessonRecord>;
  
  RequestFinalChange: grpc.handleUnaryCall<_ejournal_gradebook_v1_RequestFinalChangeRequest__Output, _ejournal_gradebook_v1_FinalChangeRequest>;
  
  SetFinal: grpc.handleUnaryCall<_ejournal_gradebook_v1_SetFinalRequest__Output, _ejournal_gradebook_v1_Final>;
  
  SetMarks: grpc.handleUnaryCall<_ejournal_gradebook_v1_SetMarksRequest__Output, _ejournal_gradebook_v1_SetMarksResult>;
  
  SetYearFinal: grpc.handleUnaryCall<_ejournal_gradebook_v1_SetYearFinalRequest__Output, _ejournal_gradebook_v1_Final>;
  
}

export interface GradebookServiceDefinition extends grpc.ServiceDefinition {
  AttachHomeworkFile: MethodDefinition<_ejournal_gradebook_v1_AttachHomeworkFileRequest, _ejournal_gradebook_v1_HomeworkFile, _ejournal_gradebook_v1_AttachHomeworkFileRequest__Output, _ejournal_gradebook_v1_HomeworkFile__Output>
  CorrectMark: MethodDefinition<_ejournal_gradebook_v1_CorrectMarkRequest, _ejournal_gradebook_v1_CorrectMarkResult, _ejournal_gradebook_v1_CorrectMarkRequest__Output, _ejournal_gradebook_v1_CorrectMarkResult__Output>
  DecideChangeRequest: MethodDefinition<_ejournal_gradebook_v1_DecideChangeRequestRequest, _ejournal_gradebook_v1_ChangeRequest, _ejournal_gradebook_v1_DecideChangeRequestRequest__Output, _ejournal_gradebook_v1_ChangeRequest__Output>
  DecideFinalChange: MethodDefinition<_ejournal_gradebook_v1_DecideFinalChangeRequest, _ejournal_gradebook_v1_FinalChangeRequest, _ejournal_gradebook_v1_DecideFinalChangeRequest__Output, _ejournal_gradebook_v1_FinalChangeRequest__Output>
  ExportLessons: MethodDefinition<_ejournal_gradebook_v1_ExportLessonsRequest, _ejournal_gradebook_v1_ExportedLessons, _ejournal_gradebook_v1_ExportLessonsRequest__Output, _ejournal_gradebook_v1_ExportedLessons__Output>
  GetClosureReadiness: MethodDefinition<_ejournal_gradebook_v1_ClosureReadinessRequest, _ejournal_gradebook_v1_ClosureReadiness, _ejournal_gradebook_v1_ClosureReadinessRequest__Output, _ejournal_gradebook_v1_ClosureReadiness__Output>
  GetHomeworkFile: MethodDefinition<_ejournal_gradebook_v1_GetHomeworkFileRequest, _ejournal_gradebook_v1_HomeworkFileContent, _ejournal_gradebook_v1_GetHomeworkFileRequest__Output, _ejournal_gradebook_v1_HomeworkFileContent__Output>
  GetJournalPage: MethodDefinition<_ejournal_gradebook_v1_JournalPageKey, _ejournal_gradebook_v1_JournalPage, _ejournal_gradebook_v1_JournalPageKey__Output, _ejournal_gradebook_v1_JournalPage__Output>
  GetYearFinals: MethodDefinition<_ejournal_gradebook_v1_YearFinalsKey, _ejournal_gradebook_v1_YearFinals, _ejournal_gradebook_v1_YearFinalsKey__Output, _ejournal_gradebook_v1_YearFinals__Output>
  ListPeriodPages: MethodDefinition<_ejournal_gradebook_v1_ListPeriodPagesRequest, _ejournal_gradebook_v1_PeriodPages, _ejournal_gradebook_v1_ListPeriodPagesRequest__Output, _ejournal_gradebook_v1_PeriodPages__Output>
  RecordLesson: MethodDefinition<_ejournal_gradebook_v1_RecordLessonRequest, _ejournal_gradebook_v1_LessonRecord, _ejournal_gradebook_v1_RecordLessonRequest__Output, _ejournal_gradebook_v1_LessonRecord__Output>
  RequestFinalChange: MethodDefinition<_ejournal_gradebook_v1_RequestFinalChangeRequest, _ejournal_gradebook_v1_FinalChangeRequest, _ejournal_gradebook_v1_RequestFinalChangeRequest__Output, _ejournal_gradebook_v1_FinalChangeRequest__Output>
  SetFinal: MethodDefinition<_ejournal_gradebook_v1_SetFinalRequest, _ejournal_gradebook_v1_Final, _ejournal_gradebook_v1_SetFinalRequest__Output, _ejournal_gradebook_v1_Final__Output>
  SetMarks: MethodDefinition<_ejournal_gradebook_v1_SetMarksRequest, _ejournal_gradebook_v1_SetMarksResult, _ejournal_gradebook_v1_SetMarksRequest__Output, _ejournal_gradebook_v1_SetMarksResult__Output>
  SetYearFinal: MethodDefinition<_ejournal_gradebook_v1_SetYearFinalRequest, _ejournal_gradebook_v1_Final, _ejournal_gradebook_v1_SetYearFinalRequest__Output, _ejournal_gradebook_v1_Final__Output>
}
