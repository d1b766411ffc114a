import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AcademicYear as _ejournal_curriculum_v1_AcademicYear, AcademicYear__Output as _ejournal_curriculum_v1_AcademicYear__Output } from './ejournal/curriculum/v1/AcademicYear';
import type { AcademicYears as _ejournal_curriculum_v1_AcademicYears, AcademicYears__Output as _ejournal_curriculum_v1_AcademicYears__Output } from './ejournal/curriculum/v1/AcademicYears';
import type { AddLessonRequest as _ejournal_curriculum_v1_AddLessonRequest, AddLessonRequest__Output as _ejournal_curriculum_v1_AddLessonRequest__Output } from './ejournal/curriculum/v1/AddLessonRequest';
import type { AddRoomRequest as _ejournal_curriculum_v1_AddRoomRequest, AddRoomRequest__Output as _ejournal_curriculum_v1_AddRoomRequest__Output } from './ejournal/curriculum/v1/AddRoomRequest';
import type { AddSubjectRequest as _ejournal_curriculum_v1_AddSubjectRequest, AddSubjectRequest__Output as _ejournal_curriculum_v1_AddSubjectRequest__Output } from './ejournal/curriculum/v1/AddSubjectRequest';
import type { AddTextbookRequest as _ejournal_curriculum_v1_AddTextbookRequest, AddTextbookRequest__Output as _ejournal_curriculum_v1_AddTextbookRequest__Output } from './ejournal/curriculum/v1/AddTextbookRequest';
import type { AssignToGroupRequest as _ejournal_curriculum_v1_AssignToGroupRequest, AssignToGroupRequest__Output as _ejournal_curriculum_v1_AssignToGroupRequest__Output } from './ejournal/curriculum/v1/AssignToGroupRequest';
import type { Bell as _ejournal_curriculum_v1_Bell, Bell__Output as _ejournal_curriculum_v1_Bell__Output } from './ejournal/curriculum/v1/Bell';
import type { BellSchedule as _ejournal_curriculum_v1_BellSchedule, BellSchedule__Output as _ejournal_curriculum_v1_BellSchedule__Output } from './ejournal/curriculum/v1/BellSchedule';
import type { CancelLessonRequest as _ejournal_curriculum_v1_CancelLessonRequest, CancelLessonRequest__Output as _ejournal_curriculum_v1_CancelLessonRequest__Output } from './ejournal/curriculum/v1/CancelLessonRequest';
import type { Catalogue as _ejournal_curriculum_v1_Catalogue, Catalogue__Output as _ejournal_curriculum_v1_Catalogue__Output } from './ejournal/curriculum/v1/Catalogue';
import type { ClassPromotion as _ejournal_curriculum_v1_ClassPromotion, ClassPromotion__Output as _ejournal_curriculum_v1_ClassPromotion__Output } from './ejournal/curriculum/v1/ClassPromotion';
import type { ClassTimetable as _ejournal_curriculum_v1_ClassTimetable, ClassTimetable__Output as _ejournal_curriculum_v1_ClassTimetable__Output } from './ejournal/curriculum/v1/ClassTimetable';
import type { ClosePeriodRequest as _ejournal_curriculum_v1_ClosePeriodRequest, ClosePeriodRequest__Output as _ejournal_curriculum_v1_ClosePeriodRequest__Output } from './ejournal/curriculum/v1/ClosePeriodRequest';
import type { CreateAcademicYearRequest as _ejournal_curriculum_v1_CreateAcademicYearRequest, CreateAcademicYearRequest__Output as _ejournal_curriculum_v1_CreateAcademicYearRequest__Output } from './ejournal/curriculum/v1/CreateAcademicYearRequest';
import type { CreateClassRequest as _ejournal_curriculum_v1_CreateClassRequest, CreateClassRequest__Output as _ejournal_curriculum_v1_CreateClassRequest__Output } from './ejournal/curriculum/v1/CreateClassRequest';
import type { Curriculum as _ejournal_curriculum_v1_Curriculum, Curriculum__Output as _ejournal_curriculum_v1_Curriculum__Output } from './ejournal/curriculum/v1/Curriculum';
import type { CurriculumKey as _ejournal_curriculum_v1_CurriculumKey, CurriculumKey__Output as _ejournal_curriculum_v1_CurriculumKey__Output } from './ejournal/curriculum/v1/CurriculumKey';
import type { CurriculumLine as _ejournal_curriculum_v1_CurriculumLine, CurriculumLine__Output as _ejournal_curriculum_v1_CurriculumLine__Output } from './ejournal/curriculum/v1/CurriculumLine';
import type { CurriculumServiceClient as _ejournal_curriculum_v1_CurriculumServiceClient, CurriculumServiceDefinition as _ejournal_curriculum_v1_CurriculumServiceDefinition } from './ejournal/curriculum/v1/CurriculumService';
import type { DefineGroupRequest as _ejournal_curriculum_v1_DefineGroupRequest, DefineGroupRequest__Output as _ejournal_curriculum_v1_DefineGroupRequest__Output } from './ejournal/curriculum/v1/DefineGroupRequest';
import type { Finding as _ejournal_curriculum_v1_Finding, Finding__Output as _ejournal_curriculum_v1_Finding__Output } from './ejournal/curriculum/v1/Finding';
import type { GenerateLessonsRequest as _ejournal_curriculum_v1_GenerateLessonsRequest, GenerateLessonsRequest__Output as _ejournal_curriculum_v1_GenerateLessonsRequest__Output } from './ejournal/curriculum/v1/GenerateLessonsRequest';
import type { GenerateLessonsResult as _ejournal_curriculum_v1_GenerateLessonsResult, GenerateLessonsResult__Output as _ejournal_curriculum_v1_GenerateLessonsResult__Output } from './ejournal/curriculum/v1/GenerateLessonsResult';
import type { GetAcademicYearRequest as _ejournal_curriculum_v1_GetAcademicYearRequest, GetAcademicYearRequest__Output as _ejournal_curriculum_v1_GetAcademicYearRequest__Output } from './ejournal/curriculum/v1/GetAcademicYearRequest';
import type { GetCatalogueRequest as _ejournal_curriculum_v1_GetCatalogueRequest, GetCatalogueRequest__Output as _ejournal_curriculum_v1_GetCatalogueRequest__Output } from './ejournal/curriculum/v1/GetCatalogueRequest';
import type { GetClassRequest as _ejournal_curriculum_v1_GetClassRequest, GetClassRequest__Output as _ejournal_curriculum_v1_GetClassRequest__Output } from './ejournal/curriculum/v1/GetClassRequest';
import type { GetLessonRequest as _ejournal_curriculum_v1_GetLessonRequest, GetLessonRequest__Output as _ejournal_curriculum_v1_GetLessonRequest__Output } from './ejournal/curriculum/v1/GetLessonRequest';
import type { GetRosterRequest as _ejournal_curriculum_v1_GetRosterRequest, GetRosterRequest__Output as _ejournal_curriculum_v1_GetRosterRequest__Output } from './ejournal/curriculum/v1/GetRosterRequest';
import type { GetSchoolRequest as _ejournal_curriculum_v1_GetSchoolRequest, GetSchoolRequest__Output as _ejournal_curriculum_v1_GetSchoolRequest__Output } from './ejournal/curriculum/v1/GetSchoolRequest';
import type { GetStudentHistoryRequest as _ejournal_curriculum_v1_GetStudentHistoryRequest, GetStudentHistoryRequest__Output as _ejournal_curriculum_v1_GetStudentHistoryRequest__Output } from './ejournal/curriculum/v1/GetStudentHistoryRequest';
import type { GetStudentTimetableRequest as _ejournal_curriculum_v1_GetStudentTimetableRequest, GetStudentTimetableRequest__Output as _ejournal_curriculum_v1_GetStudentTimetableRequest__Output } from './ejournal/curriculum/v1/GetStudentTimetableRequest';
import type { GetTeacherLoadRequest as _ejournal_curriculum_v1_GetTeacherLoadRequest, GetTeacherLoadRequest__Output as _ejournal_curriculum_v1_GetTeacherLoadRequest__Output } from './ejournal/curriculum/v1/GetTeacherLoadRequest';
import type { GetThematicPlanRequest as _ejournal_curriculum_v1_GetThematicPlanRequest, GetThematicPlanRequest__Output as _ejournal_curriculum_v1_GetThematicPlanRequest__Output } from './ejournal/curriculum/v1/GetThematicPlanRequest';
import type { Group as _ejournal_curriculum_v1_Group, Group__Output as _ejournal_curriculum_v1_Group__Output } from './ejournal/curriculum/v1/Group';
import type { Holiday as _ejournal_curriculum_v1_Holiday, Holiday__Output as _ejournal_curriculum_v1_Holiday__Output } from './ejournal/curriculum/v1/Holiday';
import type { ImportError as _ejournal_curriculum_v1_ImportError, ImportError__Output as _ejournal_curriculum_v1_ImportError__Output } from './ejournal/curriculum/v1/ImportError';
import type { ImportReport as _ejournal_curriculum_v1_ImportReport, ImportReport__Output as _ejournal_curriculum_v1_ImportReport__Output } from './ejournal/curriculum/v1/ImportReport';
import type { ImportRequest as _ejournal_curriculum_v1_ImportRequest, ImportRequest__Output as _ejournal_curriculum_v1_ImportRequest__Output } from './ejournal/curriculum/v1/ImportRequest';
import type { InspectYearRequest as _ejournal_curriculum_v1_InspectYearRequest, InspectYearRequest__Output as _ejournal_curriculum_v1_InspectYearRequest__Output } from './ejournal/curriculum/v1/InspectYearRequest';
import type { InspectionReport as _ejournal_curriculum_v1_InspectionReport, InspectionReport__Output as _ejournal_curriculum_v1_InspectionReport__Output } from './ejournal/curriculum/v1/InspectionReport';
import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from './ejournal/curriculum/v1/Lesson';
import type { Lessons as _ejournal_curriculum_v1_Lessons, Lessons__Output as _ejournal_curriculum_v1_Lessons__Output } from './ejournal/curriculum/v1/Lessons';
import type { ListAcademicYearsRequest as _ejournal_curriculum_v1_ListAcademicYearsRequest, ListAcademicYearsRequest__Output as _ejournal_curriculum_v1_ListAcademicYearsRequest__Output } from './ejournal/curriculum/v1/ListAcademicYearsRequest';
import type { ListClassLessonsRequest as _ejournal_curriculum_v1_ListClassLessonsRequest, ListClassLessonsRequest__Output as _ejournal_curriculum_v1_ListClassLessonsRequest__Output } from './ejournal/curriculum/v1/ListClassLessonsRequest';
import type { ListClassesRequest as _ejournal_curriculum_v1_ListClassesRequest, ListClassesRequest__Output as _ejournal_curriculum_v1_ListClassesRequest__Output } from './ejournal/curriculum/v1/ListClassesRequest';
import type { ListSchoolsRequest as _ejournal_curriculum_v1_ListSchoolsRequest, ListSchoolsRequest__Output as _ejournal_curriculum_v1_ListSchoolsRequest__Output } from './ejournal/curriculum/v1/ListSchoolsRequest';
import type { ListSubjectLessonsRequest as _ejournal_curriculum_v1_ListSubjectLessonsRequest, ListSubjectLessonsRequest__Output as _ejournal_curriculum_v1_ListSubjectLessonsRequest__Output } from './ejournal/curriculum/v1/ListSubjectLessonsRequest';
import type { ListTeacherLessonsRequest as _ejournal_curriculum_v1_ListTeacherLessonsRequest, ListTeacherLessonsRequest__Output as _ejournal_curriculum_v1_ListTeacherLessonsRequest__Output } from './ejournal/curriculum/v1/ListTeacherLessonsRequest';
import type { ListThematicPlansRequest as _ejournal_curriculum_v1_ListThematicPlansRequest, ListThematicPlansRequest__Output as _ejournal_curriculum_v1_ListThematicPlansRequest__Output } from './ejournal/curriculum/v1/ListThematicPlansRequest';
import type { ListYearPlacementsRequest as _ejournal_curriculum_v1_ListYearPlacementsRequest, ListYearPlacementsRequest__Output as _ejournal_curriculum_v1_ListYearPlacementsRequest__Output } from './ejournal/curriculum/v1/ListYearPlacementsRequest';
import type { LoadAssignment as _ejournal_curriculum_v1_LoadAssignment, LoadAssignment__Output as _ejournal_curriculum_v1_LoadAssignment__Output } from './ejournal/curriculum/v1/LoadAssignment';
import type { MinimumMarks as _ejournal_curriculum_v1_MinimumMarks, MinimumMarks__Output as _ejournal_curriculum_v1_MinimumMarks__Output } from './ejournal/curriculum/v1/MinimumMarks';
import type { MoveLessonRequest as _ejournal_curriculum_v1_MoveLessonRequest, MoveLessonRequest__Output as _ejournal_curriculum_v1_MoveLessonRequest__Output } from './ejournal/curriculum/v1/MoveLessonRequest';
import type { Movement as _ejournal_curriculum_v1_Movement, Movement__Output as _ejournal_curriculum_v1_Movement__Output } from './ejournal/curriculum/v1/Movement';
import type { Period as _ejournal_curriculum_v1_Period, Period__Output as _ejournal_curriculum_v1_Period__Output } from './ejournal/curriculum/v1/Period';
import type { PeriodClosure as _ejournal_curriculum_v1_PeriodClosure, PeriodClosure__Output as _ejournal_curriculum_v1_PeriodClosure__Output } from './ejournal/curriculum/v1/PeriodClosure';
import type { PeriodDates as _ejournal_curriculum_v1_PeriodDates, PeriodDates__Output as _ejournal_curriculum_v1_PeriodDates__Output } from './ejournal/curriculum/v1/PeriodDates';
import type { PeriodSchemeForGrades as _ejournal_curriculum_v1_PeriodSchemeForGrades, PeriodSchemeForGrades__Output as _ejournal_curriculum_v1_PeriodSchemeForGrades__Output } from './ejournal/curriculum/v1/PeriodSchemeForGrades';
import type { PeriodSet as _ejournal_curriculum_v1_PeriodSet, PeriodSet__Output as _ejournal_curriculum_v1_PeriodSet__Output } from './ejournal/curriculum/v1/PeriodSet';
import type { Placement as _ejournal_curriculum_v1_Placement, Placement__Output as _ejournal_curriculum_v1_Placement__Output } from './ejournal/curriculum/v1/Placement';
import type { PupilPlacements as _ejournal_curriculum_v1_PupilPlacements, PupilPlacements__Output as _ejournal_curriculum_v1_PupilPlacements__Output } from './ejournal/curriculum/v1/PupilPlacements';
import type { RecordMovementRequest as _ejournal_curriculum_v1_RecordMovementRequest, RecordMovementRequest__Output as _ejournal_curriculum_v1_RecordMovementRequest__Output } from './ejournal/curriculum/v1/RecordMovementRequest';
import type { RegisterSchoolRequest as _ejournal_curriculum_v1_RegisterSchoolRequest, RegisterSchoolRequest__Output as _ejournal_curriculum_v1_RegisterSchoolRequest__Output } from './ejournal/curriculum/v1/RegisterSchoolRequest';
import type { ReopenPeriodRequest as _ejournal_curriculum_v1_ReopenPeriodRequest, ReopenPeriodRequest__Output as _ejournal_curriculum_v1_ReopenPeriodRequest__Output } from './ejournal/curriculum/v1/ReopenPeriodRequest';
import type { Room as _ejournal_curriculum_v1_Room, Room__Output as _ejournal_curriculum_v1_Room__Output } from './ejournal/curriculum/v1/Room';
import type { Roster as _ejournal_curriculum_v1_Roster, Roster__Output as _ejournal_curriculum_v1_Roster__Output } from './ejournal/curriculum/v1/Roster';
import type { RoundingRule as _ejournal_curriculum_v1_RoundingRule, RoundingRule__Output as _ejournal_curriculum_v1_RoundingRule__Output } from './ejournal/curriculum/v1/RoundingRule';
import type { School as _ejournal_curriculum_v1_School, School__Output as _ejournal_curriculum_v1_School__Output } from './ejournal/curriculum/v1/School';
import type { SchoolClass as _ejournal_curriculum_v1_SchoolClass, SchoolClass__Output as _ejournal_curriculum_v1_SchoolClass__Output } from './ejournal/curriculum/v1/SchoolClass';
import type { SchoolClasses as _ejournal_curriculum_v1_SchoolClasses, SchoolClasses__Output as _ejournal_curriculum_v1_SchoolClasses__Output } from './ejournal/curriculum/v1/SchoolClasses';
import type { SchoolSettings as _ejournal_curriculum_v1_SchoolSettings, SchoolSettings__Output as _ejournal_curriculum_v1_SchoolSettings__Output } from './ejournal/curriculum/v1/SchoolSettings';
import type { Schools as _ejournal_curriculum_v1_Schools, Schools__Output as _ejournal_curriculum_v1_Schools__Output } from './ejournal/curriculum/v1/Schools';
import type { SetClassTeacherRequest as _ejournal_curriculum_v1_SetClassTeacherRequest, SetClassTeacherRequest__Output as _ejournal_curriculum_v1_SetClassTeacherRequest__Output } from './ejournal/curriculum/v1/SetClassTeacherRequest';
import type { SetClassTimetableRequest as _ejournal_curriculum_v1_SetClassTimetableRequest, SetClassTimetableRequest__Output as _ejournal_curriculum_v1_SetClassTimetableRequest__Output } from './ejournal/curriculum/v1/SetClassTimetableRequest';
import type { SetCurriculumRequest as _ejournal_curriculum_v1_SetCurriculumRequest, SetCurriculumRequest__Output as _ejournal_curriculum_v1_SetCurriculumRequest__Output } from './ejournal/curriculum/v1/SetCurriculumRequest';
import type { SetSubstitutionRequest as _ejournal_curriculum_v1_SetSubstitutionRequest, SetSubstitutionRequest__Output as _ejournal_curriculum_v1_SetSubstitutionRequest__Output } from './ejournal/curriculum/v1/SetSubstitutionRequest';
import type { SetTeacherLoadRequest as _ejournal_curriculum_v1_SetTeacherLoadRequest, SetTeacherLoadRequest__Output as _ejournal_curriculum_v1_SetTeacherLoadRequest__Output } from './ejournal/curriculum/v1/SetTeacherLoadRequest';
import type { SetThematicPlanRequest as _ejournal_curriculum_v1_SetThematicPlanRequest, SetThematicPlanRequest__Output as _ejournal_curriculum_v1_SetThematicPlanRequest__Output } from './ejournal/curriculum/v1/SetThematicPlanRequest';
import type { StudentHistory as _ejournal_curriculum_v1_StudentHistory, StudentHistory__Output as _ejournal_curriculum_v1_StudentHistory__Output } from './ejournal/curriculum/v1/StudentHistory';
import type { Subject as _ejournal_curriculum_v1_Subject, Subject__Output as _ejournal_curriculum_v1_Subject__Output } from './ejournal/curriculum/v1/Subject';
import type { TeacherLoad as _ejournal_curriculum_v1_TeacherLoad, TeacherLoad__Output as _ejournal_curriculum_v1_TeacherLoad__Output } from './ejournal/curriculum/v1/TeacherLoad';
import type { Textbook as _ejournal_curriculum_v1_Textbook, Textbook__Output as _ejournal_curriculum_v1_Textbook__Output } from './ejournal/curriculum/v1/Textbook';
import type { ThematicPlan as _ejournal_curriculum_v1_ThematicPlan, ThematicPlan__Output as _ejournal_curriculum_v1_ThematicPlan__Output } from './ejournal/curriculum/v1/ThematicPlan';
import type { ThematicPlans as _ejournal_curriculum_v1_ThematicPlans, ThematicPlans__Output as _ejournal_curriculum_v1_ThematicPlans__Output } from './ejournal/curriculum/v1/ThematicPlans';
import type { TimetableEntry as _ejournal_curriculum_v1_TimetableEntry, TimetableEntry__Output as _ejournal_curriculum_v1_TimetableEntry__Output } from './ejournal/curriculum/v1/TimetableEntry';
import type { Topic as _ejournal_curriculum_v1_Topic, Topic__Output as _ejournal_curriculum_v1_Topic__Output } from './ejournal/curriculum/v1/Topic';
import type { TransitionPlan as _ejournal_curriculum_v1_TransitionPlan, TransitionPlan__Output as _ejournal_curriculum_v1_TransitionPlan__Output } from './ejournal/curriculum/v1/TransitionPlan';
import type { TransitionYearRequest as _ejournal_curriculum_v1_TransitionYearRequest, TransitionYearRequest__Output as _ejournal_curriculum_v1_TransitionYearRequest__Output } from './ejournal/curriculum/v1/TransitionYearRequest';
import type { UpdateSchoolSettingsRequest as _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, UpdateSchoolSettingsRequest__Output as _ejournal_curriculum_v1_UpdateSchoolSettingsRequest__Output } from './ejournal/curriculum/v1/UpdateSchoolSettingsRequest';
import type { WeeklyTimetable as _ejournal_curriculum_v1_WeeklyTimetable, WeeklyTimetable__Output as _ejournal_curriculum_v1_WeeklyTimetable__Output } from './ejournal/curriculum/v1/WeeklyTimetable';
import type { WorkKind as _ejournal_curriculum_v1_WorkKind, WorkKind__Output as _ejournal_curriculum_v1_WorkKind__Output } from './ejournal/curriculum/v1/WorkKind';
import type { YearPlacements as _ejournal_curriculum_v1_YearPlacements, YearPlacements__Output as _ejournal_curriculum_v1_YearPlacements__Output } from './ejournal/curriculum/v1/YearPlacements';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    curriculum: {
      v1: {
        AcademicYear: MessageTypeDefinition<_ejournal_curriculum_v1_AcademicYear, _ejournal_curriculum_v1_AcademicYear__Output>
        AcademicYears: MessageTypeDefinition<_ejournal_curriculum_v1_AcademicYears, _ejournal_curriculum_v1_AcademicYears__Output>
        AddLessonRequest: MessageTypeDefinition<_ejournal_curriculum_v1_AddLessonRequest, _ejournal_curriculum_v1_AddLessonRequest__Output>
        AddRoomRequest: MessageTypeDefinition<_ejournal_curriculum_v1_AddRoomRequest, _ejournal_curriculum_v1_AddRoomRequest__Output>
        AddSubjectRequest: MessageTypeDefinition<_ejournal_curriculum_v1_AddSubjectRequest, _ejournal_curriculum_v1_AddSubjectRequest__Output>
        AddTextbookRequest: MessageTypeDefinition<_ejournal_curriculum_v1_AddTextbookRequest, _ejournal_curriculum_v1_AddTextbookRequest__Output>
        AssignToGroupRequest: MessageTypeDefinition<_ejournal_curriculum_v1_AssignToGroupRequest, _ejournal_curriculum_v1_AssignToGroupRequest__Output>
        Bell: MessageTypeDefinition<_ejournal_curriculum_v1_Bell, _ejournal_curriculum_v1_Bell__Output>
        BellSchedule: MessageTypeDefinition<_ejournal_curriculum_v1_BellSchedule, _ejournal_curriculum_v1_BellSchedule__Output>
        CancelLessonRequest: MessageTypeDefinition<_ejournal_curriculum_v1_CancelLessonRequest, _ejournal_curriculum_v1_CancelLessonRequest__Output>
        Catalogue: MessageTypeDefinition<_ejournal_curriculum_v1_Catalogue, _ejournal_curriculum_v1_Catalogue__Output>
        ClassPromotion: MessageTypeDefinition<_ejournal_curriculum_v1_ClassPromotion, _ejournal_curriculum_v1_ClassPromotion__Output>
        ClassTimetable: MessageTypeDefinition<_ejournal_curriculum_v1_ClassTimetable, _ejournal_curriculum_v1_ClassTimetable__Output>
        ClosePeriodRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ClosePeriodRequest, _ejournal_curriculum_v1_ClosePeriodRequest__Output>
        CreateAcademicYearRequest: MessageTypeDefinition<_ejournal_curriculum_v1_CreateAcademicYearRequest, _ejournal_curriculum_v1_CreateAcademicYearRequest__Output>
        CreateClassRequest: MessageTypeDefinition<_ejournal_curriculum_v1_CreateClassRequest, _ejournal_curriculum_v1_CreateClassRequest__Output>
        Curriculum: MessageTypeDefinition<_ejournal_curriculum_v1_Curriculum, _ejournal_curriculum_v1_Curriculum__Output>
        CurriculumKey: MessageTypeDefinition<_ejournal_curriculum_v1_CurriculumKey, _ejournal_curriculum_v1_CurriculumKey__Output>
        CurriculumLine: MessageTypeDefinition<_ejournal_curriculum_v1_CurriculumLine, _ejournal_curriculum_v1_CurriculumLine__Output>
        CurriculumService: SubtypeConstructor<typeof grpc.Client, _ejournal_curriculum_v1_CurriculumServiceClient> & { service: _ejournal_curriculum_v1_CurriculumServiceDefinition }
        DefineGroupRequest: MessageTypeDefinition<_ejournal_curriculum_v1_DefineGroupRequest, _ejournal_curriculum_v1_DefineGroupRequest__Output>
        Finding: MessageTypeDefinition<_ejournal_curriculum_v1_Finding, _ejournal_curriculum_v1_Finding__Output>
        GenerateLessonsRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GenerateLessonsRequest, _ejournal_curriculum_v1_GenerateLessonsRequest__Output>
        GenerateLessonsResult: MessageTypeDefinition<_ejournal_curriculum_v1_GenerateLessonsResult, _ejournal_curriculum_v1_GenerateLessonsResult__Output>
        GetAcademicYearRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetAcademicYearRequest, _ejournal_curriculum_v1_GetAcademicYearRequest__Output>
        GetCatalogueRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetCatalogueRequest, _ejournal_curriculum_v1_GetCatalogueRequest__Output>
        GetClassRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetClassRequest, _ejournal_curriculum_v1_GetClassRequest__Output>
        GetLessonRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetLessonRequest, _ejournal_curriculum_v1_GetLessonRequest__Output>
        GetRosterRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetRosterRequest, _ejournal_curriculum_v1_GetRosterRequest__Output>
        GetSchoolRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetSchoolRequest, _ejournal_curriculum_v1_GetSchoolRequest__Output>
        GetStudentHistoryRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetStudentHistoryRequest, _ejournal_curriculum_v1_GetStudentHistoryRequest__Output>
        GetStudentTimetableRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetStudentTimetableRequest, _ejournal_curriculum_v1_GetStudentTimetableRequest__Output>
        GetTeacherLoadRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetTeacherLoadRequest, _ejournal_curriculum_v1_GetTeacherLoadRequest__Output>
        GetThematicPlanRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetThematicPlanRequest, _ejournal_curriculum_v1_GetThematicPlanRequest__Output>
        Group: MessageTypeDefinition<_ejournal_curriculum_v1_Group, _ejournal_curriculum_v1_Group__Output>
        Holiday: MessageTypeDefinition<_ejournal_curriculum_v1_Holiday, _ejournal_curriculum_v1_Holiday__Output>
        ImportError: MessageTypeDefinition<_ejournal_curriculum_v1_ImportError, _ejournal_curriculum_v1_ImportError__Output>
        ImportReport: MessageTypeDefinition<_ejournal_curriculum_v1_ImportReport, _ejournal_curriculum_v1_ImportReport__Output>
        ImportRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ImportRequest, _ejournal_curriculum_v1_ImportRequest__Output>
        InspectYearRequest: MessageTypeDefinition<_ejournal_curriculum_v1_InspectYearRequest, _ejournal_curriculum_v1_InspectYearRequest__Output>
        InspectionReport: MessageTypeDefinition<_ejournal_curriculum_v1_InspectionReport, _ejournal_curriculum_v1_InspectionReport__Output>
        Lesson: MessageTypeDefinition<_ejournal_curriculum_v1_Lesson, _ejournal_curriculum_v1_Lesson__Output>
        Lessons: MessageTypeDefinition<_ejournal_curriculum_v1_Lessons, _ejournal_curriculum_v1_Lessons__Output>
        ListAcademicYearsRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ListAcademicYearsRequest, _ejournal_curriculum_v1_ListAcademicYearsRequest__Output>
        ListClassLessonsRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ListClassLessonsRequest, _ejournal_curriculum_v1_ListClassLessonsRequest__Output>
        ListClassesRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ListClassesRequest, _ejournal_curriculum_v1_ListClassesRequest__Output>
        ListSchoolsRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ListSchoolsRequest, _ejournal_curriculum_v1_ListSchoolsRequest__Output>
        ListSubjectLessonsRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ListSubjectLessonsRequest, _ejournal_curriculum_v1_ListSubjectLessonsRequest__Output>
        ListTeacherLessonsRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ListTeacherLessonsRequest, _ejournal_curriculum_v1_ListTeacherLessonsRequest__Output>
        ListThematicPlansRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ListThematicPlansRequest, _ejournal_curriculum_v1_ListThematicPlansRequest__Output>
        ListYearPlacementsRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ListYearPlacementsRequest, _ejournal_curriculum_v1_ListYearPlacementsRequest__Output>
        LoadAssignment: MessageTypeDefinition<_ejournal_curriculum_v1_LoadAssignment, _ejournal_curriculum_v1_LoadAssignment__Output>
        MinimumMarks: MessageTypeDefinition<_ejournal_curriculum_v1_MinimumMarks, _ejournal_curriculum_v1_MinimumMarks__Output>
        MoveLessonRequest: MessageTypeDefinition<_ejournal_curriculum_v1_MoveLessonRequest, _ejournal_curriculum_v1_MoveLessonRequest__Output>
        Movement: MessageTypeDefinition<_ejournal_curriculum_v1_Movement, _ejournal_curriculum_v1_Movement__Output>
        MovementKind: EnumTypeDefinition
        Period: MessageTypeDefinition<_ejournal_curriculum_v1_Period, _ejournal_curriculum_v1_Period__Output>
        PeriodClosure: MessageTypeDefinition<_ejournal_curriculum_v1_PeriodClosure, _ejournal_curriculum_v1_PeriodClosure__Output>
        PeriodDates: MessageTypeDefinition<_ejournal_curriculum_v1_PeriodDates, _ejournal_curriculum_v1_PeriodDates__Output>
        PeriodScheme: EnumTypeDefinition
        PeriodSchemeForGrades: MessageTypeDefinition<_ejournal_curriculum_v1_PeriodSchemeForGrades, _ejournal_curriculum_v1_PeriodSchemeForGrades__Output>
        PeriodSet: MessageTypeDefinition<_ejournal_curriculum_v1_PeriodSet, _ejournal_curriculum_v1_PeriodSet__Output>
        Placement: MessageTypeDefinition<_ejournal_curriculum_v1_Placement, _ejournal_curriculum_v1_Placement__Output>
        PupilPlacements: MessageTypeDefinition<_ejournal_curriculum_v1_PupilPlacements, _ejournal_curriculum_v1_PupilPlacements__Output>
        RecordMovementRequest: MessageTypeDefinition<_ejournal_curriculum_v1_RecordMovementRequest, _ejournal_curriculum_v1_RecordMovementRequest__Output>
        RegisterSchoolRequest: MessageTypeDefinition<_ejournal_curriculum_v1_RegisterSchoolRequest, _ejournal_curriculum_v1_RegisterSchoolRequest__Output>
        ReopenPeriodRequest: MessageTypeDefinition<_ejournal_curriculum_v1_ReopenPeriodRequest, _ejournal_curriculum_v1_ReopenPeriodRequest__Output>
        Room: MessageTypeDefinition<_ejournal_curriculum_v1_Room, _ejournal_curriculum_v1_Room__Output>
        Roster: MessageTypeDefinition<_ejournal_curriculum_v1_Roster, _ejournal_curriculum_v1_Roster__Output>
        RoundingRule: MessageTypeDefinition<_ejournal_curriculum_v1_RoundingRule, _ejournal_curriculum_v1_RoundingRule__Output>
        School: MessageTypeDefinition<_ejournal_curriculum_v1_School, _ejournal_curriculum_v1_School__Output>
        SchoolClass: MessageTypeDefinition<_ejournal_curriculum_v1_SchoolClass, _ejournal_curriculum_v1_SchoolClass__Output>
        SchoolClasses: MessageTypeDefinition<_ejournal_curriculum_v1_SchoolClasses, _ejournal_curriculum_v1_SchoolClasses__Output>
        SchoolSettings: MessageTypeDefinition<_ejournal_curriculum_v1_SchoolSettings, _ejournal_curriculum_v1_SchoolSettings__Output>
        Schools: MessageTypeDefinition<_ejournal_curriculum_v1_Schools, _ejournal_curriculum_v1_Schools__Output>
        SetClassTeacherRequest: MessageTypeDefinition<_ejournal_curriculum_v1_SetClassTeacherRequest, _ejournal_curriculum_v1_SetClassTeacherRequest__Output>
        SetClassTimetableRequest: MessageTypeDefinition<_ejournal_curriculum_v1_SetClassTimetableRequest, _ejournal_curriculum_v1_SetClassTimetableRequest__Output>
        SetCurriculumRequest: MessageTypeDefinition<_ejournal_curriculum_v1_SetCurriculumRequest, _ejournal_curriculum_v1_SetCurriculumRequest__Output>
        SetSubstitutionRequest: MessageTypeDefinition<_ejournal_curriculum_v1_SetSubstitutionRequest, _ejournal_curriculum_v1_SetSubstitutionRequest__Output>
        SetTeacherLoadRequest: MessageTypeDefinition<_ejournal_curriculum_v1_SetTeacherLoadRequest, _ejournal_curriculum_v1_SetTeacherLoadRequest__Output>
        SetThematicPlanRequest: MessageTypeDefinition<_ejournal_curriculum_v1_SetThematicPlanRequest, _ejournal_curriculum_v1_SetThematicPlanRequest__Output>
        StudentHistory: MessageTypeDefinition<_ejournal_curriculum_v1_StudentHistory, _ejournal_curriculum_v1_StudentHistory__Output>
        Subject: MessageTypeDefinition<_ejournal_curriculum_v1_Subject, _ejournal_curriculum_v1_Subject__Output>
        TeacherLoad: MessageTypeDefinition<_ejournal_curriculum_v1_TeacherLoad, _ejournal_curriculum_v1_TeacherLoad__Output>
        Textbook: MessageTypeDefinition<_ejournal_curriculum_v1_Textbook, _ejournal_curriculum_v1_Textbook__Output>
        ThematicPlan: MessageTypeDefinition<_ejournal_curriculum_v1_ThematicPlan, _ejournal_curriculum_v1_ThematicPlan__Output>
        ThematicPlans: MessageTypeDefinition<_ejournal_curriculum_v1_ThematicPlans, _ejournal_curriculum_v1_ThematicPlans__Output>
        TimetableEntry: MessageTypeDefinition<_ejournal_curriculum_v1_TimetableEntry, _ejournal_curriculum_v1_TimetableEntry__Output>
        Topic: MessageTypeDefinition<_ejournal_curriculum_v1_Topic, _ejournal_curriculum_v1_Topic__Output>
        TransitionPlan: MessageTypeDefinition<_ejournal_curriculum_v1_TransitionPlan, _ejournal_curriculum_v1_TransitionPlan__Output>
        TransitionYearRequest: MessageTypeDefinition<_ejournal_curriculum_v1_TransitionYearRequest, _ejournal_curriculum_v1_TransitionYearRequest__Output>
        UpdateSchoolSettingsRequest: MessageTypeDefinition<_ejournal_curriculum_v1_UpdateSchoolSettingsRequest, _ejournal_curriculum_v1_UpdateSchoolSettingsRequest__Output>
        WeeklyTimetable: MessageTypeDefinition<_ejournal_curriculum_v1_WeeklyTimetable, _ejournal_curriculum_v1_WeeklyTimetable__Output>
        WorkKind: MessageTypeDefinition<_ejournal_curriculum_v1_WorkKind, _ejournal_curriculum_v1_WorkKind__Output>
        YearPlacements: MessageTypeDefinition<_ejournal_curriculum_v1_YearPlacements, _ejournal_curriculum_v1_YearPlacements__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

