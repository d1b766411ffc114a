import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AttachHomeworkFileRequest as _ejournal_gradebook_v1_AttachHomeworkFileRequest, AttachHomeworkFileRequest__Output as _ejournal_gradebook_v1_AttachHomeworkFileRequest__Output } from './ejournal/gradebook/v1/AttachHomeworkFileRequest';
import type { ChangeRequest as _ejournal_gradebook_v1_ChangeRequest, ChangeRequest__Output as _ejournal_gradebook_v1_ChangeRequest__Output } from './ejournal/gradebook/v1/ChangeRequest';
import type { ClosureReadiness as _ejournal_gradebook_v1_ClosureReadiness, ClosureReadiness__Output as _ejournal_gradebook_v1_ClosureReadiness__Output } from './ejournal/gradebook/v1/ClosureReadiness';
import type { ClosureReadinessRequest as _ejournal_gradebook_v1_ClosureReadinessRequest, ClosureReadinessRequest__Output as _ejournal_gradebook_v1_ClosureReadinessRequest__Output } from './ejournal/gradebook/v1/ClosureReadinessRequest';
import type { CorrectMarkRequest as _ejournal_gradebook_v1_CorrectMarkRequest, CorrectMarkRequest__Output as _ejournal_gradebook_v1_CorrectMarkRequest__Output } from './ejournal/gradebook/v1/CorrectMarkRequest';
import type { CorrectMarkResult as _ejournal_gradebook_v1_CorrectMarkResult, CorrectMarkResult__Output as _ejournal_gradebook_v1_CorrectMarkResult__Output } from './ejournal/gradebook/v1/CorrectMarkResult';
import type { DecideChangeRequestRequest as _ejournal_gradebook_v1_DecideChangeRequestRequest, DecideChangeRequestRequest__Output as _ejournal_gradebook_v1_DecideChangeRequestRequest__Output } from './ejournal/gradebook/v1/DecideChangeRequestRequest';
import type { DecideFinalChangeRequest as _ejournal_gradebook_v1_DecideFinalChangeRequest, DecideFinalChangeRequest__Output as _ejournal_gradebook_v1_DecideFinalChangeRequest__Output } from './ejournal/gradebook/v1/DecideFinalChangeRequest';
import type { ExportLessonsRequest as _ejournal_gradebook_v1_ExportLessonsRequest, ExportLessonsRequest__Output as _ejournal_gradebook_v1_ExportLessonsRequest__Output } from './ejournal/gradebook/v1/ExportLessonsRequest';
import type { ExportedLesson as _ejournal_gradebook_v1_ExportedLesson, ExportedLesson__Output as _ejournal_gradebook_v1_ExportedLesson__Output } from './ejournal/gradebook/v1/ExportedLesson';
import type { ExportedLessons as _ejournal_gradebook_v1_ExportedLessons, ExportedLessons__Output as _ejournal_gradebook_v1_ExportedLessons__Output } from './ejournal/gradebook/v1/ExportedLessons';
import type { Final as _ejournal_gradebook_v1_Final, Final__Output as _ejournal_gradebook_v1_Final__Output } from './ejournal/gradebook/v1/Final';
import type { FinalChangeRequest as _ejournal_gradebook_v1_FinalChangeRequest, FinalChangeRequest__Output as _ejournal_gradebook_v1_FinalChangeRequest__Output } from './ejournal/gradebook/v1/FinalChangeRequest';
import type { FinalProposal as _ejournal_gradebook_v1_FinalProposal, FinalProposal__Output as _ejournal_gradebook_v1_FinalProposal__Output } from './ejournal/gradebook/v1/FinalProposal';
import type { GetHomeworkFileRequest as _ejournal_gradebook_v1_GetHomeworkFileRequest, GetHomeworkFileRequest__Output as _ejournal_gradebook_v1_GetHomeworkFileRequest__Output } from './ejournal/gradebook/v1/GetHomeworkFileRequest';
import type { GradebookServiceClient as _ejournal_gradebook_v1_GradebookServiceClient, GradebookServiceDefinition as _ejournal_gradebook_v1_GradebookServiceDefinition } from './ejournal/gradebook/v1/GradebookService';
import type { HomeworkFile as _ejournal_gradebook_v1_HomeworkFile, HomeworkFile__Output as _ejournal_gradebook_v1_HomeworkFile__Output } from './ejournal/gradebook/v1/HomeworkFile';
import type { HomeworkFileContent as _ejournal_gradebook_v1_HomeworkFileContent, HomeworkFileContent__Output as _ejournal_gradebook_v1_HomeworkFileContent__Output } from './ejournal/gradebook/v1/HomeworkFileContent';
import type { IndividualHomework as _ejournal_gradebook_v1_IndividualHomework, IndividualHomework__Output as _ejournal_gradebook_v1_IndividualHomework__Output } from './ejournal/gradebook/v1/IndividualHomework';
import type { JournalPage as _ejournal_gradebook_v1_JournalPage, JournalPage__Output as _ejournal_gradebook_v1_JournalPage__Output } from './ejournal/gradebook/v1/JournalPage';
import type { JournalPageKey as _ejournal_gradebook_v1_JournalPageKey, JournalPageKey__Output as _ejournal_gradebook_v1_JournalPageKey__Output } from './ejournal/gradebook/v1/JournalPageKey';
import type { LessonRecord as _ejournal_gradebook_v1_LessonRecord, LessonRecord__Output as _ejournal_gradebook_v1_LessonRecord__Output } from './ejournal/gradebook/v1/LessonRecord';
import type { ListPeriodPagesRequest as _ejournal_gradebook_v1_ListPeriodPagesRequest, ListPeriodPagesRequest__Output as _ejournal_gradebook_v1_ListPeriodPagesRequest__Output } from './ejournal/gradebook/v1/ListPeriodPagesRequest';
import type { Mark as _ejournal_gradebook_v1_Mark, Mark__Output as _ejournal_gradebook_v1_Mark__Output } from './ejournal/gradebook/v1/Mark';
import type { MarkEntry as _ejournal_gradebook_v1_MarkEntry, MarkEntry__Output as _ejournal_gradebook_v1_MarkEntry__Output } from './ejournal/gradebook/v1/MarkEntry';
import type { MarkRevision as _ejournal_gradebook_v1_MarkRevision, MarkRevision__Output as _ejournal_gradebook_v1_MarkRevision__Output } from './ejournal/gradebook/v1/MarkRevision';
import type { PageAbsence as _ejournal_gradebook_v1_PageAbsence, PageAbsence__Output as _ejournal_gradebook_v1_PageAbsence__Output } from './ejournal/gradebook/v1/PageAbsence';
import type { PageReadiness as _ejournal_gradebook_v1_PageReadiness, PageReadiness__Output as _ejournal_gradebook_v1_PageReadiness__Output } from './ejournal/gradebook/v1/PageReadiness';
import type { PeriodFinal as _ejournal_gradebook_v1_PeriodFinal, PeriodFinal__Output as _ejournal_gradebook_v1_PeriodFinal__Output } from './ejournal/gradebook/v1/PeriodFinal';
import type { PeriodPages as _ejournal_gradebook_v1_PeriodPages, PeriodPages__Output as _ejournal_gradebook_v1_PeriodPages__Output } from './ejournal/gradebook/v1/PeriodPages';
import type { PlanTopic as _ejournal_gradebook_v1_PlanTopic, PlanTopic__Output as _ejournal_gradebook_v1_PlanTopic__Output } from './ejournal/gradebook/v1/PlanTopic';
import type { ReadinessTotals as _ejournal_gradebook_v1_ReadinessTotals, ReadinessTotals__Output as _ejournal_gradebook_v1_ReadinessTotals__Output } from './ejournal/gradebook/v1/ReadinessTotals';
import type { RecordLessonRequest as _ejournal_gradebook_v1_RecordLessonRequest, RecordLessonRequest__Output as _ejournal_gradebook_v1_RecordLessonRequest__Output } from './ejournal/gradebook/v1/RecordLessonRequest';
import type { Remark as _ejournal_gradebook_v1_Remark, Remark__Output as _ejournal_gradebook_v1_Remark__Output } from './ejournal/gradebook/v1/Remark';
import type { RequestFinalChangeRequest as _ejournal_gradebook_v1_RequestFinalChangeRequest, RequestFinalChangeRequest__Output as _ejournal_gradebook_v1_RequestFinalChangeRequest__Output } from './ejournal/gradebook/v1/RequestFinalChangeRequest';
import type { SetFinalRequest as _ejournal_gradebook_v1_SetFinalRequest, SetFinalRequest__Output as _ejournal_gradebook_v1_SetFinalRequest__Output } from './ejournal/gradebook/v1/SetFinalRequest';
import type { SetMarksRequest as _ejournal_gradebook_v1_SetMarksRequest, SetMarksRequest__Output as _ejournal_gradebook_v1_SetMarksRequest__Output } from './ejournal/gradebook/v1/SetMarksRequest';
import type { SetMarksResult as _ejournal_gradebook_v1_SetMarksResult, SetMarksResult__Output as _ejournal_gradebook_v1_SetMarksResult__Output } from './ejournal/gradebook/v1/SetMarksResult';
import type { SetYearFinalRequest as _ejournal_gradebook_v1_SetYearFinalRequest, SetYearFinalRequest__Output as _ejournal_gradebook_v1_SetYearFinalRequest__Output } from './ejournal/gradebook/v1/SetYearFinalRequest';
import type { StudentYearFinals as _ejournal_gradebook_v1_StudentYearFinals, StudentYearFinals__Output as _ejournal_gradebook_v1_StudentYearFinals__Output } from './ejournal/gradebook/v1/StudentYearFinals';
import type { YearFinals as _ejournal_gradebook_v1_YearFinals, YearFinals__Output as _ejournal_gradebook_v1_YearFinals__Output } from './ejournal/gradebook/v1/YearFinals';
import type { YearFinalsKey as _ejournal_gradebook_v1_YearFinalsKey, YearFinalsKey__Output as _ejournal_gradebook_v1_YearFinalsKey__Output } from './ejournal/gradebook/v1/YearFinalsKey';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    gradebook: {
      v1: {
        AttachHomeworkFileRequest: MessageTypeDefinition<_ejournal_gradebook_v1_AttachHomeworkFileRequest, _ejournal_gradebook_v1_AttachHomeworkFileRequest__Output>
        ChangeRequest: MessageTypeDefinition<_ejournal_gradebook_v1_ChangeRequest, _ejournal_gradebook_v1_ChangeRequest__Output>
        ClosureReadiness: MessageTypeDefinition<_ejournal_gradebook_v1_ClosureReadiness, _ejournal_gradebook_v1_ClosureReadiness__Output>
        ClosureReadinessRequest: MessageTypeDefinition<_ejournal_gradebook_v1_ClosureReadinessRequest, _ejournal_gradebook_v1_ClosureReadinessRequest__Output>
        CorrectMarkRequest: MessageTypeDefinition<_ejournal_gradebook_v1_CorrectMarkRequest, _ejournal_gradebook_v1_CorrectMarkRequest__Output>
        CorrectMarkResult: MessageTypeDefinition<_ejournal_gradebook_v1_CorrectMarkResult, _ejournal_gradebook_v1_CorrectMarkResult__Output>
        DecideChangeRequestRequest: MessageTypeDefinition<_ejournal_gradebook_v1_DecideChangeRequestRequest, _ejournal_gradebook_v1_DecideChangeRequestRequest__Output>
        DecideFinalChangeRequest: MessageTypeDefinition<_ejournal_gradebook_v1_DecideFinalChangeRequest, _ejournal_gradebook_v1_DecideFinalChangeRequest__Output>
        ExportLessonsRequest: MessageTypeDefinition<_ejournal_gradebook_v1_ExportLessonsRequest, _ejournal_gradebook_v1_ExportLessonsRequest__Output>
        ExportedLesson: MessageTypeDefinition<_ejournal_gradebook_v1_ExportedLesson, _ejournal_gradebook_v1_ExportedLesson__Output>
        ExportedLessons: MessageTypeDefinition<_ejournal_gradebook_v1_ExportedLessons, _ejournal_gradebook_v1_ExportedLessons__Output>
        Final: MessageTypeDefinition<_ejournal_gradebook_v1_Final, _ejournal_gradebook_v1_Final__Output>
        FinalChangeRequest: MessageTypeDefinition<_ejournal_gradebook_v1_FinalChangeRequest, _ejournal_gradebook_v1_FinalChangeRequest__Output>
        FinalProposal: MessageTypeDefinition<_ejournal_gradebook_v1_FinalProposal, _ejournal_gradebook_v1_FinalProposal__Output>
        GetHomeworkFileRequest: MessageTypeDefinition<_ejournal_gradebook_v1_GetHomeworkFileRequest, _ejournal_gradebook_v1_GetHomeworkFileRequest__Output>
        GradebookService: SubtypeConstructor<typeof grpc.Client, _ejournal_gradebook_v1_GradebookServiceClient> & { service: _ejournal_gradebook_v1_GradebookServiceDefinition }
        HomeworkFile: MessageTypeDefinition<_ejournal_gradebook_v1_HomeworkFile, _ejournal_gradebook_v1_HomeworkFile__Output>
        HomeworkFileContent: MessageTypeDefinition<_ejournal_gradebook_v1_HomeworkFileContent, _ejournal_gradebook_v1_HomeworkFileContent__Output>
        IndividualHomework: MessageTypeDefinition<_ejournal_gradebook_v1_IndividualHomework, _ejournal_gradebook_v1_IndividualHomework__Output>
        JournalPage: MessageTypeDefinition<_ejournal_gradebook_v1_JournalPage, _ejournal_gradebook_v1_JournalPage__Output>
        JournalPageKey: MessageTypeDefinition<_ejournal_gradebook_v1_JournalPageKey, _ejournal_gradebook_v1_JournalPageKey__Output>
        LessonRecord: MessageTypeDefinition<_ejournal_gradebook_v1_LessonRecord, _ejournal_gradebook_v1_LessonRecord__Output>
        ListPeriodPagesRequest: MessageTypeDefinition<_ejournal_gradebook_v1_ListPeriodPagesRequest, _ejournal_gradebook_v1_ListPeriodPagesRequest__Output>
        Mark: MessageTypeDefinition<_ejournal_gradebook_v1_Mark, _ejournal_gradebook_v1_Mark__Output>
        MarkEntry: MessageTypeDefinition<_ejournal_gradebook_v1_MarkEntry, _ejournal_gradebook_v1_MarkEntry__Output>
        MarkRevision: MessageTypeDefinition<_ejournal_gradebook_v1_MarkRevision, _ejournal_gradebook_v1_MarkRevision__Output>
        PageAbsence: MessageTypeDefinition<_ejournal_gradebook_v1_PageAbsence, _ejournal_gradebook_v1_PageAbsence__Output>
        PageReadiness: MessageTypeDefinition<_ejournal_gradebook_v1_PageReadiness, _ejournal_gradebook_v1_PageReadiness__Output>
        PeriodFinal: MessageTypeDefinition<_ejournal_gradebook_v1_PeriodFinal, _ejournal_gradebook_v1_PeriodFinal__Output>
        PeriodPages: MessageTypeDefinition<_ejournal_gradebook_v1_PeriodPages, _ejournal_gradebook_v1_PeriodPages__Output>
        PlanTopic: MessageTypeDefinition<_ejournal_gradebook_v1_PlanTopic, _ejournal_gradebook_v1_PlanTopic__Output>
        ReadinessTotals: MessageTypeDefinition<_ejournal_gradebook_v1_ReadinessTotals, _ejournal_gradebook_v1_ReadinessTotals__Output>
        RecordLessonRequest: MessageTypeDefinition<_ejournal_gradebook_v1_RecordLessonRequest, _ejournal_gradebook_v1_RecordLessonRequest__Output>
        Remark: MessageTypeDefinition<_ejournal_gradebook_v1_Remark, _ejournal_gradebook_v1_Remark__Output>
        RequestFinalChangeRequest: MessageTypeDefinition<_ejournal_gradebook_v1_RequestFinalChangeRequest, _ejournal_gradebook_v1_RequestFinalChangeRequest__Output>
        SetFinalRequest: MessageTypeDefinition<_ejournal_gradebook_v1_SetFinalRequest, _ejournal_gradebook_v1_SetFinalRequest__Output>
        SetMarksRequest: MessageTypeDefinition<_ejournal_gradebook_v1_SetMarksRequest, _ejournal_gradebook_v1_SetMarksRequest__Output>
        SetMarksResult: MessageTypeDefinition<_ejournal_gradebook_v1_SetMarksResult, _ejournal_gradebook_v1_SetMarksResult__Output>
        SetYearFinalRequest: MessageTypeDefinition<_ejournal_gradebook_v1_SetYearFinalRequest, _ejournal_gradebook_v1_SetYearFinalRequest__Output>
        StudentYearFinals: MessageTypeDefinition<_ejournal_gradebook_v1_StudentYearFinals, _ejournal_gradebook_v1_StudentYearFinals__Output>
        YearFinals: MessageTypeDefinition<_ejournal_gradebook_v1_YearFinals, _ejournal_gradebook_v1_YearFinals__Output>
        YearFinalsKey: MessageTypeDefinition<_ejournal_gradebook_v1_YearFinalsKey, _ejournal_gradebook_v1_YearFinalsKey__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

