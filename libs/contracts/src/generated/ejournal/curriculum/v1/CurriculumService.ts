// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcademicYear as _ejournal_curriculum_v1_AcademicYear, AcademicYear__Output as _ejournal_curriculum_v1_AcademicYear__Output } from '../../../ejournal/curriculum/v1/AcademicYear';
import type { AcademicYears as _ejournal_curriculum_v1_AcademicYears, AcademicYears__Output as _ejournal_curriculum_v1_AcademicYears__Output } from '../../../ejournal/curriculum/v1/AcademicYears';
import type { AddLessonRequest as _ejournal_curriculum_v1_AddLessonRequest, AddLessonRequest__Output as _ejournal_curriculum_v1_AddLessonRequest__Output } from '../../../ejournal/curriculum/v1/AddLessonRequest';
import type { AddRoomRequest as _ejournal_curriculum_v1_AddRoomRequest, AddRoomRequest__Output as _ejournal_curriculum_v1_AddRoomRequest__Output } from '../../../ejournal/curriculum/v1/AddRoomRequest';
import type { AddSubjectRequest as _ejournal_curriculum_v1_AddSubjectRequest, AddSubjectRequest__Output as _ejournal_curriculum_v1_AddSubjectRequest__Output } from '../../../ejournal/curriculum/v1/AddSubjectRequest';
import type { AddTextbookRequest as _ejournal_curriculum_v1_AddTextbookRequest, AddTextbookRequest__Output as _ejournal_curriculum_v1_AddTextbookRequest__Output } from '../../../ejournal/curriculum/v1/AddTextbookRequest';
import type { AssignToGroupRequest as _ejournal_curriculum_v1_AssignToGroupRequest, AssignToGroupRequest__Output as _ejournal_curriculum_v1_AssignToGroupRequest__Output } from '../../../ejournal/curriculum/v1/AssignToGroupRequest';
import type { CancelLessonRequest as _ejournal_curriculum_v1_CancelLessonRequest, CancelLessonRequest__Output as _ejournal_curriculum_v1_CancelLessonRequest__Output } from '../../../ejournal/curriculum/v1/CancelLessonRequest';
import type { Catalogue as _ejournal_curriculum_v1_Catalogue, Catalogue__Output as _ejournal_curriculum_v1_Catalogue__Output } from '../../../ejournal/curriculum/v1/Catalogue';
import type { ClassTimetable as _ejournal_curriculum_v1_ClassTimetable, ClassTimetable__Output as _ejournal_curriculum_v1_ClassTimetable__Output } from '../../../ejournal/curriculum/v1/ClassTimetable';
import type { ClosePeriodRequest as _ejournal_curriculum_v1_ClosePeriodRequest, ClosePeriodRequest__Output as _ejournal_curriculum_v1_ClosePeriodRequest__Output } from '../../../ejournal/curriculum/v1/ClosePeriodRequest';
import type { CreateAcademicYearRequest as _ejournal_curriculum_v1_CreateAcademicYearRequest, CreateAcademicYearRequest__Output as _ejournal_curriculum_v1_CreateAcademicYearRequest__Output } from '../../../ejournal/curriculum/v1/CreateAcademicYearRequest';
import type { CreateClassRequest as _ejournal_curriculum_v1_CreateClassRequest, CreateClassRequest__Output as _ejournal_curriculum_v1_CreateClassRequest__Output } from '../../../ejournal/curriculum/v1/CreateClassRequest';
import type { Curriculum as _ejournal_curriculum_v1_Curriculum, Curriculum__Output as _ejournal_curriculum_v1_Curriculum__Output } from '../../../ejournal/curriculum/v1/Curriculum';
import type { CurriculumKey as _ejournal_curriculum_v1_CurriculumKey, CurriculumKey__Output as _ejournal_curriculum_v1_CurriculumKey__Output } from '../../../ejournal/curriculum/v1/CurriculumKey';
import type { DefineGroupRequest as _ejournal_curriculum_v1_DefineGroupRequest, DefineGroupRequest__Output as _ejournal_curriculum_v1_DefineGroupRequest__Output } from '../../../ejournal/curriculum/v1/DefineGroupRequest';
import type { GenerateLessonsRequest as _ejournal_curriculum_v1_GenerateLessonsRequest, GenerateLessonsRequest__Output as _ejournal_curriculum_v1_GenerateLessonsRequest__Output } from '../../../ejournal/curriculum/v1/GenerateLessonsRequest';
import type { GenerateLessonsResult as _ejournal_curriculum_v1_GenerateLessonsResult, GenerateLessonsResult__Output as _ejournal_curriculum_v1_GenerateLessonsResult__Output } from '../../../ejournal/curriculum/v1/GenerateLessonsResult';
import type { GetAcademicYearRequest as _ejournal_curriculum_v1_GetAcademicYearRequest, GetAcademicYearRequest__Output as _ejournal_curriculum_v1_GetAcademicYearRequest__Output } from '../../../ejournal/curriculum/v1/GetAcademicYearRequest';
import type { GetCatalogueRequest as _ejournal_curriculum_v1_GetCatalogueRequest, GetCatalogueRequest__Output as _ejournal_curriculum_v1_GetCatalogueRequest__Output } from '../../../ejournal/curriculum/v1/GetCatalogueRequest';
import type { GetClassRequest as _ejournal_curriculum_v1_GetClassRequest, GetClassRequest__Output as _ejournal_curriculum_v1_GetClassRequest__Output } from '../../../ejournal/curriculum/v1/GetClassRequest';
import type { GetLessonRequest as _ejournal_curriculum_v1_GetLessonRequest, GetLessonRequest__Output as _ejournal_curriculum_v1_GetLessonRequest__Output } from '../../../ejournal/curriculum/v1/GetLessonRequest';
import type { GetRosterRequest as _ejournal_curriculum_v1_GetRosterRequest, GetRosterRequest__Output as _ejournal_curriculum_v1_GetRosterRequest__Output } from '../../../ejournal/curriculum/v1/GetRosterRequest';
import type { GetSchoolRequest as _ejournal_curriculum_v1_GetSchoolRequest, GetSchoolRequest__Output as _ejournal_curriculum_v1_GetSchoolRequest__Output } from '../../../ejournal/curriculum/v1/GetSchoolRequest';
import type { GetStudentHistoryRequest as _ejournal_curriculum_v1_GetStudentHistoryRequest, GetStudentHistoryRequest__Output as _ejournal_curriculum_v1_GetStudentHistoryRequest__Output } from '../../../ejournal/curriculum/v1/GetStudentHistoryRequest';
import type { GetStudentTimetableRequest as _ejournal_curriculum_v1_GetStudentTimetableRequest, GetStudentTimetableRequest__Output as _ejournal_curriculum_v1_GetStudentTimetableRequest__Output } from '../../../ejournal/curriculum/v1/GetStudentTimetableRequest';
import type { GetTeacherLoadRequest as _ejournal_curriculum_v1_GetTeacherLoadRequest, GetTeacherLoadRequest__Output as _ejournal_curriculum_v1_GetTeacherLoadRequest__Output } from '../../../ejournal/curriculum/v1/GetTeacherLoadRequest';
import type { GetThematicPlanRequest as _ejournal_curriculum_v1_GetThematicPlanRequest, GetThematicPlanRequest__Output as _ejournal_curriculum_v1_GetThematicPlanRequest__Output } from '../../../ejournal/curriculum/v1/GetThematicPlanRequest';
import type { ImportReport as _ejournal_curriculum_v1_ImportReport, ImportReport__Output as _ejournal_curriculum_v1_ImportReport__Output } from '../../../ejournal/curriculum/v1/ImportReport';
import type { ImportRequest as _ejournal_curriculum_v1_ImportRequest, ImportRequest__Output as _ejournal_curriculum_v1_ImportRequest__Output } from '../../../ejournal/curriculum/v1/ImportRequest';
import type { InspectYearRequest as _ejournal_curriculum_v1_InspectYearRequest, InspectYearRequest__Output as _ejournal_curriculum_v1_InspectYearRequest__Output } from '../../../ejournal/curriculum/v1/InspectYearRequest';
import type { InspectionReport as _ejournal_curriculum_v1_InspectionReport, InspectionReport__Output as _ejournal_curriculum_v1_InspectionReport__Output } from '../../../ejournal/curriculum/v1/InspectionReport';
import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from '../../../ejournal/curriculum/v1/Lesson';
import type { Lessons as _ejournal_curriculum_v1_Lessons, Lessons__Output as _ejournal_curriculum_v1_Lessons__Output } from '../../../ejournal/curriculum/v1/Lessons';
import type { ListAcademicYearsRequest as _ejournal_curriculum_v1_ListAcademicYearsRequest, ListAcademicYearsRequest__Output as _ejournal_curriculum_v1_ListAcademicYearsRequest__Output } from '../../../ejournal/curriculum/v1/ListAcademicYearsRequest';
import type { ListClassLessonsRequest as _ejournal_curriculum_v1_ListClassLessonsRequest, ListClassLessonsRequest__Output as _ejournal_curriculum_v1_ListClassLessonsRequest__Output } from '../../../ejournal/curriculum/v1/ListClassLessonsRequest';
import type { ListClassesRequest as _ejournal_curriculum_v1_ListClassesRequest, ListClassesRequest__Output as _ejournal_curriculum_v1_ListClassesRequest__Output } from '../../../ejournal/curriculum/v1/ListClassesRequest';
import type { ListSchoolsRequest as _ejournal_curriculum_v1_ListSchoolsRequest, ListSchoolsRequest__Output as _ejournal_curriculum_v1_ListSchoolsRequest__Output } from '../../../ejournal/curriculum/v1/ListSchoolsRequest';
import type { ListSubjectLessonsRequest as _ejournal_curriculum_v1_ListSubjectLessonsRequest, ListSubjectLessonsRequest__Output as _ejournal_curriculum_v1_ListSubjectLessonsRequest__Output } from '../../../ejournal/curriculum/v1/ListSubjectLessonsRequest';
import type { ListTeacherLessonsRequest as _ejournal_curriculum_v1_ListTeacherLessonsRequest, ListTeacherLessonsRequest__Output as _ejournal_curriculum_v1_ListTeacherLessonsRequest__Output } from '../../../ejournal/curriculum/v1/ListTeacherLessonsRequest';
import type { ListThematicPlansRequest as _ejournal_curriculum_v1_ListThematicPlansRequest, ListThematicPlansRequest__Output as _ejournal_curriculum_v1_ListThematicPlansRequest__Output } from '../../../ejournal/curriculum/v1/ListThematicPlansRequest';
import type { ListYearPlacementsRequest as _ejournal_curriculum_v1_ListYearPlacementsRequest, ListYearPlacementsRequest__Output as _ejournal_curriculum_v1_ListYearPlacementsRequest__Output } from '../../../ejournal/curriculum/v1/ListYearPlacementsRequest';
import type { MoveLessonRequest as _ejournal_curriculum_v1_MoveLessonRequest, MoveLessonRequest__Output as _ejournal_curriculum_v1_MoveLessonRequest__Output } from '../../../ejournal/curriculum/v1/MoveLessonRequest';
import type { Movement as _ejournal_curriculum_v1_Movement, Movement__Output as _ejournal_curriculum_v1_Movement__Output } from '../../../ejournal/curriculum/v1/Movement';
import type { PeriodClosure as _ejournal_curriculum_v1_PeriodClosure, PeriodClosure__Output as _ejournal_curriculum_v1_PeriodClosure__Output } from '../../../ejournal/curriculum/v1/PeriodClosure';
import type { RecordMovementRequest as _ejournal_curriculum_v1_RecordMovementRequest, RecordMovementRequest__Output as _ejournal_curriculum_v1_RecordMovementRequest__Output } from '../../../ejournal/curriculum/v1/RecordMovementRequest';
import type { RegisterSchoolRequest as _ejournal_curriculum_v1_RegisterSchoolRequest, RegisterSchoolRequest__Output as _ejournal_curriculum_v1_RegisterSchoolRequest__Output } from '../../../ejournal/curriculum/v1/RegisterSchoolRequest';
import type { ReopenPeriodRequest as _ejournal_curriculum_v1_ReopenPeriodRequest, ReopenPeriodRequest__Output as _ejournal_curriculum_v1_ReopenPeriodRequest__Output } from '../../../ejournal/curriculum/v1/ReopenPeriodRequest';
import type { Room as _ejournal_curriculum_v1_Room, Room__Output as _ejournal_curriculum_v1_Room__Output } from '../../../ejournal/curriculum/v1/Room';
import type { Roster as _ejournal_curriculum_v1_Roster, Roster__Output as _ejournal_curriculum_v1_Roster__Output } from '../../../ejournal/curriculum/v1/Roster';
import type { School as _ejournal_curriculum_v1_School, School__Output as _ejournal_curriculum_v1_School__Output } from '../../../ejournal/curriculum/v1/School';
import type { SchoolClass as _ejournal_curriculum_v1_SchoolClass, SchoolClass__Output as _ejournal_curriculum_v1_SchoolClass__Output } from '../../../ejournal/curriculum/v1/SchoolClass';
import type { SchoolClasses as _ejournal_curriculum_v1_SchoolClasses, SchoolClasses__Output as _ejournal_curriculum_v1_SchoolClasses__Output } from '../../../ejournal/curriculum/v1/SchoolClasses';
import type { SchoolSettings as _ejournal_curriculum_v1_SchoolSettings, SchoolSettings__Output as _ejournal_curriculum_v1_SchoolSettings__Output } from '../../../ejournal/curriculum/v1/SchoolSettings';
import type { Schools as _ejournal_curriculum_v1_Schools, Schools__Output as _ejournal_curriculum_v1_Schools__Output } from '../../../ejournal/curriculum/v1/Schools';
import type { SetClassTeacherRequest as _ejournal_curriculum_v1_SetClassTeacherRequest, SetClassTeacherRequest__Output as _ejournal_curriculum_v1_SetClassTeacherRequest__Output } from '../../../ejournal/curriculum/v1/SetClassTeacherRequest';
import type { SetClassTimetableRequest as _ejournal_curriculum_v1_SetClassTimetableRequest, SetClassTimetableRequest__Output as _ejournal_curriculum_v1_SetClassTimetableRequest__Output } from '../../../ejournal/curriculum/v1/SetClassTimetableRequest';
import type { SetCurriculumRequest as _ejournal_curriculum_v1_SetCurriculumRequest, SetCurriculumRequest__Output as _ejournal_curriculum_v1_SetCurriculumRequest__Output } from '../../../ejournal/curriculum/v1/SetCurriculumRequest';
import type { SetSubstitutionRequest as _ejournal_curriculum_v1_SetSubstitutionRequest, SetSubstitutionRequest__Output as _ejournal_curriculum_v1_SetSubstitutionRequest__Output } from '../../../ejournal/curriculum/v1/SetSubstitutionRequest';
import type { SetTeacherLoadRequest as _ejournal_curriculum_v1_SetTeacherLoadRequest, SetTeacherLoadRequest__Output as _ejournal_curriculum_v1_SetTeacherLoadRequest__Output } from '../../../ejournal/curriculum/v1/SetTeacherLoadRequest';
import type { SetThematicPlanRequest as _ejournal_curriculum_v1_SetThematicPlanRequest, SetThematicPlanRequest__Output as _ejournal_curriculum_v1_SetThematicPlanRequest__Output } from '../../../ejournal/curriculum/v1/SetThematicPlanRequest';
import type { StudentHistory as _ejournal_curriculum_v1_StudentHistory, StudentHistory__Output as _ejournal_curriculum_v1_StudentHistory__Output } from '../../../ejournal/curriculum/v1/StudentHistory';
import type { Subject as _ejournal_curriculum_v1_Subject, Subject__Output as _ejournal_curriculum_v1_Subject__Output } from '../../../ejournal/curriculum/v1/Subject';
import type { TeacherLoad as _ejournal_curriculum_v1_TeacherLoad, TeacherLoad__Output as _ejournal_curriculum_v1_TeacherLoad__Output } from '../../../ejournal/curriculum/v1/TeacherLoad';
import type { Textbook as _ejournal_curriculum_v1_Textbook, Textbook__Output as _ejournal_curriculum_v1_Textbook__Output } from '../../../ejournal/curriculum/v1/Textbook';
import type { ThematicPlan as _ejournal_curriculum_v1_ThematicPlan, ThematicPlan__Output as _ejournal_curriculum_v1_ThematicPlan__Output } from '../../../ejournal/curriculum/v1/ThematicPlan';
import type { ThematicPlans as _ejournal_curriculum_v1_ThematicPlans, ThematicPlans__Output as _ejournal_curriculum_v1_ThematicPlans__Output } from '../../../ejournal/curriculum/v1/ThematicPlans';
import type { TransitionPlan as _ejournal_curriculum_v1_TransitionPlan, TransitionPlan__Output as _ejournal_curriculum_v1_TransitionPlan__Output } from '../../../ejournal/curriculum/v1/TransitionPlan';
import type { TransitionYearRequest as _ejournal_curriculum_v1_TransitionYearRequest, TransitionYearRequest__Output as _ejournal_curriculum_v1_TransitionYearRequest__Output } from '../../../ejournal/curriculum/v1/TransitionYearRequest';
import type { UpdateSchoolSettingsRequest as _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, UpdateSchoolSettingsRequest__Output as _ejournal_curriculum_v1_UpdateSchoolSettingsRequest__Output } from '../../../ejournal/curriculum/v1/UpdateSchoolSettingsRequest';
import type { YearPlacements as _ejournal_curriculum_v1_YearPlacements, YearPlacements__Output as _ejournal_curriculum_v1_YearPlacements__Output } from '../../../ejournal/curriculum/v1/YearPlacements';

export interface CurriculumServiceClient extends grpc.Client {
  AddLesson(argument: _ejournal_curriculum_v1_AddLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  AddLesson(argument: _ejournal_curriculum_v1_AddLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  AddLesson(argument: _ejournal_curriculum_v1_AddLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  AddLesson(argument: _ejournal_curriculum_v1_AddLessonRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  addLesson(argument: _ejournal_curriculum_v1_AddLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  addLesson(argument: _ejournal_curriculum_v1_AddLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  addLesson(argument: _ejournal_curriculum_v1_AddLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  addLesson(argument: _ejournal_curriculum_v1_AddLessonRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  
  AddRoom(argument: _ejournal_curriculum_v1_AddRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Room__Output>): grpc.ClientUnaryCall;
  AddRoom(argument: _ejournal_curriculum_v1_AddRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Room__Output>): grpc.ClientUnaryCall;
  AddRoom(argument: _ejournal_curriculum_v1_AddRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Room__Output>): grpc.ClientUnaryCall;
  AddRoom(argument: _ejournal_curriculum_v1_AddRoomRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Room__Output>): grpc.ClientUnaryCall;
  addRoom(argument: _ejournal_curriculum_v1_AddRoomRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Room__Output>): grpc.ClientUnaryCall;
  addRoom(argument: _ejournal_curriculum_v1_AddRoomRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Room__Output>): grpc.ClientUnaryCall;
  addRoom(argument: _ejournal_curriculum_v1_AddRoomRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Room__Output>): grpc.ClientUnaryCall;
  addRoom(argument: _ejournal_curriculum_v1_AddRoomRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Room__Output>): grpc.ClientUnaryCall;
  
  AddSubject(argument: _ejournal_curriculum_v1_AddSubjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Subject__Output>): grpc.ClientUnaryCall;
  AddSubject(argument: _ejournal_curriculum_v1_AddSubjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Subject__Output>): grpc.ClientUnaryCall;
  AddSubject(argument: _ejournal_curriculum_v1_AddSubjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Subject__Output>): grpc.ClientUnaryCall;
  AddSubject(argument: _ejournal_curriculum_v1_AddSubjectRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Subject__Output>): grpc.ClientUnaryCall;
  addSubject(argument: _ejournal_curriculum_v1_AddSubjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Subject__Output>): grpc.ClientUnaryCall;
  addSubject(argument: _ejournal_curriculum_v1_AddSubjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Subject__Output>): grpc.ClientUnaryCall;
  addSubject(argument: _ejournal_curriculum_v1_AddSubjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Subject__Output>): grpc.ClientUnaryCall;
  addSubject(argument: _ejournal_curriculum_v1_AddSubjectRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Subject__Output>): grpc.ClientUnaryCall;
  
  AddTextbook(argument: _ejournal_curriculum_v1_AddTextbookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Textbook__Output>): grpc.ClientUnaryCall;
  AddTextbook(argument: _ejournal_curriculum_v1_AddTextbookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Textbook__Output>): grpc.ClientUnaryCall;
  AddTextbook(argument: _ejournal_curriculum_v1_AddTextbookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Textbook__Output>): grpc.ClientUnaryCall;
  AddTextbook(argument: _ejournal_curriculum_v1_AddTextbookRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Textbook__Output>): grpc.ClientUnaryCall;
  addTextbook(argument: _ejournal_curriculum_v1_AddTextbookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Textbook__Output>): grpc.ClientUnaryCall;
  addTextbook(argument: _ejournal_curriculum_v1_AddTextbookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Textbook__Output>): grpc.ClientUnaryCall;
  addTextbook(argument: _ejournal_curriculum_v1_AddTextbookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Textbook__Output>): grpc.ClientUnaryCall;
  addTextbook(argument: _ejournal_curriculum_v1_AddTextbookRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Textbook__Output>): grpc.ClientUnaryCall;
  
  ApproveCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  ApproveCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  ApproveCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  ApproveCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  approveCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  approveCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  approveCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  approveCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  
  ApproveThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  ApproveThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  ApproveThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  ApproveThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  approveThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  approveThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  approveThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  approveThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  
  AssignToGroup(argument: _ejournal_curriculum_v1_AssignToGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  AssignToGroup(argument: _ejournal_curriculum_v1_AssignToGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  AssignToGroup(argument: _ejournal_curriculum_v1_AssignToGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  AssignToGroup(argument: _ejournal_curriculum_v1_AssignToGroupRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  assignToGroup(argument: _ejournal_curriculum_v1_AssignToGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  assignToGroup(argument: _ejournal_curriculum_v1_AssignToGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  assignToGroup(argument: _ejournal_curriculum_v1_AssignToGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  assignToGroup(argument: _ejournal_curriculum_v1_AssignToGroupRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  
  CancelLesson(argument: _ejournal_curriculum_v1_CancelLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  CancelLesson(argument: _ejournal_curriculum_v1_CancelLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  CancelLesson(argument: _ejournal_curriculum_v1_CancelLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  CancelLesson(argument: _ejournal_curriculum_v1_CancelLessonRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  cancelLesson(argument: _ejournal_curriculum_v1_CancelLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  cancelLesson(argument: _ejournal_curriculum_v1_CancelLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  cancelLesson(argument: _ejournal_curriculum_v1_CancelLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  cancelLesson(argument: _ejournal_curriculum_v1_CancelLessonRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  
  ClosePeriod(argument: _ejournal_curriculum_v1_ClosePeriodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  ClosePeriod(argument: _ejournal_curriculum_v1_ClosePeriodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  ClosePeriod(argument: _ejournal_curriculum_v1_ClosePeriodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  ClosePeriod(argument: _ejournal_curriculum_v1_ClosePeriodRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  closePeriod(argument: _ejournal_curriculum_v1_ClosePeriodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  closePeriod(argument: _ejournal_curriculum_v1_ClosePeriodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  closePeriod(argument: _ejournal_curriculum_v1_ClosePeriodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  closePeriod(argument: _ejournal_curriculum_v1_ClosePeriodRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  
  CreateAcademicYear(argument: _ejournal_curriculum_v1_CreateAcademicYearRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  CreateAcademicYear(argument: _ejournal_curriculum_v1_CreateAcademicYearRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  CreateAcademicYear(argument: _ejournal_curriculum_v1_CreateAcademicYearRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  CreateAcademicYear(argument: _ejournal_curriculum_v1_CreateAcademicYearRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  createAcademicYear(argument: _ejournal_curriculum_v1_CreateAcademicYearRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  createAcademicYear(argument: _ejournal_curriculum_v1_CreateAcademicYearRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  createAcademicYear(argument: _ejournal_curriculum_v1_CreateAcademicYearRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  createAcademicYear(argument: _ejournal_curriculum_v1_CreateAcademicYearRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  
  CreateClass(argument: _ejournal_curriculum_v1_CreateClassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  CreateClass(argument: _ejournal_curriculum_v1_CreateClassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  CreateClass(argument: _ejournal_curriculum_v1_CreateClassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  CreateClass(argument: _ejournal_curriculum_v1_CreateClassRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  createClass(argument: _ejournal_curriculum_v1_CreateClassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  createClass(argument: _ejournal_curriculum_v1_CreateClassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  createClass(argument: _ejournal_curriculum_v1_CreateClassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  createClass(argument: _ejournal_curriculum_v1_CreateClassRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  
  DefineGroup(argument: _ejournal_curriculum_v1_DefineGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  DefineGroup(argument: _ejournal_curriculum_v1_DefineGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  DefineGroup(argument: _ejournal_curriculum_v1_DefineGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  DefineGroup(argument: _ejournal_curriculum_v1_DefineGroupRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  defineGroup(argument: _ejournal_curriculum_v1_DefineGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  defineGroup(argument: _ejournal_curriculum_v1_DefineGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  defineGroup(argument: _ejournal_curriculum_v1_DefineGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  defineGroup(argument: _ejournal_curriculum_v1_DefineGroupRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  
  GenerateLessons(argument: _ejournal_curriculum_v1_GenerateLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_GenerateLessonsResult__Output>): grpc.ClientUnaryCall;
  GenerateLessons(argument: _ejournal_curriculum_v1_GenerateLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_GenerateLessonsResult__Output>): grpc.ClientUnaryCall;
  GenerateLessons(argument: _ejournal_curriculum_v1_GenerateLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_GenerateLessonsResult__Output>): grpc.ClientUnaryCall;
  GenerateLessons(argument: _ejournal_curriculum_v1_GenerateLessonsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_GenerateLessonsResult__Output>): grpc.ClientUnaryCall;
  generateLessons(argument: _ejournal_curriculum_v1_GenerateLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_GenerateLessonsResult__Output>): grpc.ClientUnaryCall;
  generateLessons(argument: _ejournal_curriculum_v1_GenerateLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_GenerateLessonsResult__Output>): grpc.ClientUnaryCall;
  generateLessons(argument: _ejournal_curriculum_v1_GenerateLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_GenerateLessonsResult__Output>): grpc.ClientUnaryCall;
  generateLessons(argument: _ejournal_curriculum_v1_GenerateLessonsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_GenerateLessonsResult__Output>): grpc.ClientUnaryCall;
  
  GetAcademicYear(argument: _ejournal_curriculum_v1_GetAcademicYearRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  GetAcademicYear(argument: _ejournal_curriculum_v1_GetAcademicYearRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  GetAcademicYear(argument: _ejournal_curriculum_v1_GetAcademicYearRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  GetAcademicYear(argument: _ejournal_curriculum_v1_GetAcademicYearRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  getAcademicYear(argument: _ejournal_curriculum_v1_GetAcademicYearRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  getAcademicYear(argument: _ejournal_curriculum_v1_GetAcademicYearRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  getAcademicYear(argument: _ejournal_curriculum_v1_GetAcademicYearRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  getAcademicYear(argument: _ejournal_curriculum_v1_GetAcademicYearRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYear__Output>): grpc.ClientUnaryCall;
  
  GetCatalogue(argument: _ejournal_curriculum_v1_GetCatalogueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Catalogue__Output>): grpc.ClientUnaryCall;
  GetCatalogue(argument: _ejournal_curriculum_v1_GetCatalogueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Catalogue__Output>): grpc.ClientUnaryCall;
  GetCatalogue(argument: _ejournal_curriculum_v1_GetCatalogueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Catalogue__Output>): grpc.ClientUnaryCall;
  GetCatalogue(argument: _ejournal_curriculum_v1_GetCatalogueRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Catalogue__Output>): grpc.ClientUnaryCall;
  getCatalogue(argument: _ejournal_curriculum_v1_GetCatalogueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Catalogue__Output>): grpc.ClientUnaryCall;
  getCatalogue(argument: _ejournal_curriculum_v1_GetCatalogueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Catalogue__Output>): grpc.ClientUnaryCall;
  getCatalogue(argument: _ejournal_curriculum_v1_GetCatalogueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Catalogue__Output>): grpc.ClientUnaryCall;
  getCatalogue(argument: _ejournal_curriculum_v1_GetCatalogueRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Catalogue__Output>): grpc.ClientUnaryCall;
  
  GetClass(argument: _ejournal_curriculum_v1_GetClassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  GetClass(argument: _ejournal_curriculum_v1_GetClassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  GetClass(argument: _ejournal_curriculum_v1_GetClassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  GetClass(argument: _ejournal_curriculum_v1_GetClassRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  getClass(argument: _ejournal_curriculum_v1_GetClassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  getClass(argument: _ejournal_curriculum_v1_GetClassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  getClass(argument: _ejournal_curriculum_v1_GetClassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  getClass(argument: _ejournal_curriculum_v1_GetClassRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  
  GetClassTimetable(argument: _ejournal_curriculum_v1_GetClassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  GetClassTimetable(argument: _ejournal_curriculum_v1_GetClassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  GetClassTimetable(argument: _ejournal_curriculum_v1_GetClassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  GetClassTimetable(argument: _ejournal_curriculum_v1_GetClassRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  getClassTimetable(argument: _ejournal_curriculum_v1_GetClassRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  getClassTimetable(argument: _ejournal_curriculum_v1_GetClassRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  getClassTimetable(argument: _ejournal_curriculum_v1_GetClassRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  getClassTimetable(argument: _ejournal_curriculum_v1_GetClassRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  
  GetCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  GetCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  GetCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  GetCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  getCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  getCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  getCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  getCurriculum(argument: _ejournal_curriculum_v1_CurriculumKey, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  
  GetLesson(argument: _ejournal_curriculum_v1_GetLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  GetLesson(argument: _ejournal_curriculum_v1_GetLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  GetLesson(argument: _ejournal_curriculum_v1_GetLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  GetLesson(argument: _ejournal_curriculum_v1_GetLessonRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  getLesson(argument: _ejournal_curriculum_v1_GetLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  getLesson(argument: _ejournal_curriculum_v1_GetLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  getLesson(argument: _ejournal_curriculum_v1_GetLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  getLesson(argument: _ejournal_curriculum_v1_GetLessonRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  
  GetRoster(argument: _ejournal_curriculum_v1_GetRosterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  GetRoster(argument: _ejournal_curriculum_v1_GetRosterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  GetRoster(argument: _ejournal_curriculum_v1_GetRosterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  GetRoster(argument: _ejournal_curriculum_v1_GetRosterRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  getRoster(argument: _ejournal_curriculum_v1_GetRosterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  getRoster(argument: _ejournal_curriculum_v1_GetRosterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  getRoster(argument: _ejournal_curriculum_v1_GetRosterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  getRoster(argument: _ejournal_curriculum_v1_GetRosterRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Roster__Output>): grpc.ClientUnaryCall;
  
  GetSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  GetSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  GetSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  GetSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  getSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  getSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  getSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  getSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  
  GetSchoolSettings(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  GetSchoolSettings(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  GetSchoolSettings(argument: _ejournal_curriculum_v1_GetSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  GetSchoolSettings(argument: _ejournal_curriculum_v1_GetSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  getSchoolSettings(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  getSchoolSettings(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  getSchoolSettings(argument: _ejournal_curriculum_v1_GetSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  getSchoolSettings(argument: _ejournal_curriculum_v1_GetSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  
  GetStudentHistory(argument: _ejournal_curriculum_v1_GetStudentHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_StudentHistory__Output>): grpc.ClientUnaryCall;
  GetStudentHistory(argument: _ejournal_curriculum_v1_GetStudentHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_StudentHistory__Output>): grpc.ClientUnaryCall;
  GetStudentHistory(argument: _ejournal_curriculum_v1_GetStudentHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_StudentHistory__Output>): grpc.ClientUnaryCall;
  GetStudentHistory(argument: _ejournal_curriculum_v1_GetStudentHistoryRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_StudentHistory__Output>): grpc.ClientUnaryCall;
  getStudentHistory(argument: _ejournal_curriculum_v1_GetStudentHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_StudentHistory__Output>): grpc.ClientUnaryCall;
  getStudentHistory(argument: _ejournal_curriculum_v1_GetStudentHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_StudentHistory__Output>): grpc.ClientUnaryCall;
  getStudentHistory(argument: _ejournal_curriculum_v1_GetStudentHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_StudentHistory__Output>): grpc.ClientUnaryCall;
  getStudentHistory(argument: _ejournal_curriculum_v1_GetStudentHistoryRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_StudentHistory__Output>): grpc.ClientUnaryCall;
  
  GetStudentTimetable(argument: _ejournal_curriculum_v1_GetStudentTimetableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  GetStudentTimetable(argument: _ejournal_curriculum_v1_GetStudentTimetableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  GetStudentTimetable(argument: _ejournal_curriculum_v1_GetStudentTimetableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  GetStudentTimetable(argument: _ejournal_curriculum_v1_GetStudentTimetableRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  getStudentTimetable(argument: _ejournal_curriculum_v1_GetStudentTimetableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  getStudentTimetable(argument: _ejournal_curriculum_v1_GetStudentTimetableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  getStudentTimetable(argument: _ejournal_curriculum_v1_GetStudentTimetableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  getStudentTimetable(argument: _ejournal_curriculum_v1_GetStudentTimetableRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  
  GetTeacherLoad(argument: _ejournal_curriculum_v1_GetTeacherLoadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  GetTeacherLoad(argument: _ejournal_curriculum_v1_GetTeacherLoadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  GetTeacherLoad(argument: _ejournal_curriculum_v1_GetTeacherLoadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  GetTeacherLoad(argument: _ejournal_curriculum_v1_GetTeacherLoadRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  getTeacherLoad(argument: _ejournal_curriculum_v1_GetTeacherLoadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  getTeacherLoad(argument: _ejournal_curriculum_v1_GetTeacherLoadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  getTeacherLoad(argument: _ejournal_curriculum_v1_GetTeacherLoadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  getTeacherLoad(argument: _ejournal_curriculum_v1_GetTeacherLoadRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  
  GetThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  GetThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  GetThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  GetThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  getThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  getThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  getThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  getThematicPlan(argument: _ejournal_curriculum_v1_GetThematicPlanRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  
  ImportRosters(argument: _ejournal_curriculum_v1_ImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportRosters(argument: _ejournal_curriculum_v1_ImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportRosters(argument: _ejournal_curriculum_v1_ImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportRosters(argument: _ejournal_curriculum_v1_ImportRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importRosters(argument: _ejournal_curriculum_v1_ImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importRosters(argument: _ejournal_curriculum_v1_ImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importRosters(argument: _ejournal_curriculum_v1_ImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importRosters(argument: _ejournal_curriculum_v1_ImportRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  
  ImportTimetable(argument: _ejournal_curriculum_v1_ImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportTimetable(argument: _ejournal_curriculum_v1_ImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportTimetable(argument: _ejournal_curriculum_v1_ImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  ImportTimetable(argument: _ejournal_curriculum_v1_ImportRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importTimetable(argument: _ejournal_curriculum_v1_ImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importTimetable(argument: _ejournal_curriculum_v1_ImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importTimetable(argument: _ejournal_curriculum_v1_ImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  importTimetable(argument: _ejournal_curriculum_v1_ImportRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ImportReport__Output>): grpc.ClientUnaryCall;
  
  InspectYear(argument: _ejournal_curriculum_v1_InspectYearRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_InspectionReport__Output>): grpc.ClientUnaryCall;
  InspectYear(argument: _ejournal_curriculum_v1_InspectYearRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_InspectionReport__Output>): grpc.ClientUnaryCall;
  InspectYear(argument: _ejournal_curriculum_v1_InspectYearRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_InspectionReport__Output>): grpc.ClientUnaryCall;
  InspectYear(argument: _ejournal_curriculum_v1_InspectYearRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_InspectionReport__Output>): grpc.ClientUnaryCall;
  inspectYear(argument: _ejournal_curriculum_v1_InspectYearRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_InspectionReport__Output>): grpc.ClientUnaryCall;
  inspectYear(argument: _ejournal_curriculum_v1_InspectYearRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_InspectionReport__Output>): grpc.ClientUnaryCall;
  inspectYear(argument: _ejournal_curriculum_v1_InspectYearRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_InspectionReport__Output>): grpc.ClientUnaryCall;
  inspectYear(argument: _ejournal_curriculum_v1_InspectYearRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_InspectionReport__Output>): grpc.ClientUnaryCall;
  
  ListAcademicYears(argument: _ejournal_curriculum_v1_ListAcademicYearsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYears__Output>): grpc.ClientUnaryCall;
  ListAcademicYears(argument: _ejournal_curriculum_v1_ListAcademicYearsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYears__Output>): grpc.ClientUnaryCall;
  ListAcademicYears(argument: _ejournal_curriculum_v1_ListAcademicYearsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYears__Output>): grpc.ClientUnaryCall;
  ListAcademicYears(argument: _ejournal_curriculum_v1_ListAcademicYearsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYears__Output>): grpc.ClientUnaryCall;
  listAcademicYears(argument: _ejournal_curriculum_v1_ListAcademicYearsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYears__Output>): grpc.ClientUnaryCall;
  listAcademicYears(argument: _ejournal_curriculum_v1_ListAcademicYearsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYears__Output>): grpc.ClientUnaryCall;
  listAcademicYears(argument: _ejournal_curriculum_v1_ListAcademicYearsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYears__Output>): grpc.ClientUnaryCall;
  listAcademicYears(argument: _ejournal_curriculum_v1_ListAcademicYearsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_AcademicYears__Output>): grpc.ClientUnaryCall;
  
  ListClassLessons(argument: _ejournal_curriculum_v1_ListClassLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListClassLessons(argument: _ejournal_curriculum_v1_ListClassLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListClassLessons(argument: _ejournal_curriculum_v1_ListClassLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListClassLessons(argument: _ejournal_curriculum_v1_ListClassLessonsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listClassLessons(argument: _ejournal_curriculum_v1_ListClassLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listClassLessons(argument: _ejournal_curriculum_v1_ListClassLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listClassLessons(argument: _ejournal_curriculum_v1_ListClassLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listClassLessons(argument: _ejournal_curriculum_v1_ListClassLessonsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  
  ListClasses(argument: _ejournal_curriculum_v1_ListClassesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClasses__Output>): grpc.ClientUnaryCall;
  ListClasses(argument: _ejournal_curriculum_v1_ListClassesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClasses__Output>): grpc.ClientUnaryCall;
  ListClasses(argument: _ejournal_curriculum_v1_ListClassesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClasses__Output>): grpc.ClientUnaryCall;
  ListClasses(argument: _ejournal_curriculum_v1_ListClassesRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClasses__Output>): grpc.ClientUnaryCall;
  listClasses(argument: _ejournal_curriculum_v1_ListClassesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClasses__Output>): grpc.ClientUnaryCall;
  listClasses(argument: _ejournal_curriculum_v1_ListClassesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClasses__Output>): grpc.ClientUnaryCall;
  listClasses(argument: _ejournal_curriculum_v1_ListClassesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClasses__Output>): grpc.ClientUnaryCall;
  listClasses(argument: _ejournal_curriculum_v1_ListClassesRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClasses__Output>): grpc.ClientUnaryCall;
  
  ListSchools(argument: _ejournal_curriculum_v1_ListSchoolsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Schools__Output>): grpc.ClientUnaryCall;
  ListSchools(argument: _ejournal_curriculum_v1_ListSchoolsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Schools__Output>): grpc.ClientUnaryCall;
  ListSchools(argument: _ejournal_curriculum_v1_ListSchoolsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Schools__Output>): grpc.ClientUnaryCall;
  ListSchools(argument: _ejournal_curriculum_v1_ListSchoolsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Schools__Output>): grpc.ClientUnaryCall;
  listSchools(argument: _ejournal_curriculum_v1_ListSchoolsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Schools__Output>): grpc.ClientUnaryCall;
  listSchools(argument: _ejournal_curriculum_v1_ListSchoolsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Schools__Output>): grpc.ClientUnaryCall;
  listSchools(argument: _ejournal_curriculum_v1_ListSchoolsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Schools__Output>): grpc.ClientUnaryCall;
  listSchools(argument: _ejournal_curriculum_v1_ListSchoolsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Schools__Output>): grpc.ClientUnaryCall;
  
  ListSubjectLessons(argument: _ejournal_curriculum_v1_ListSubjectLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListSubjectLessons(argument: _ejournal_curriculum_v1_ListSubjectLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListSubjectLessons(argument: _ejournal_curriculum_v1_ListSubjectLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListSubjectLessons(argument: _ejournal_curriculum_v1_ListSubjectLessonsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listSubjectLessons(argument: _ejournal_curriculum_v1_ListSubjectLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listSubjectLessons(argument: _ejournal_curriculum_v1_ListSubjectLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listSubjectLessons(argument: _ejournal_curriculum_v1_ListSubjectLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listSubjectLessons(argument: _ejournal_curriculum_v1_ListSubjectLessonsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  
  ListTeacherLessons(argument: _ejournal_curriculum_v1_ListTeacherLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListTeacherLessons(argument: _ejournal_curriculum_v1_ListTeacherLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListTeacherLessons(argument: _ejournal_curriculum_v1_ListTeacherLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  ListTeacherLessons(argument: _ejournal_curriculum_v1_ListTeacherLessonsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listTeacherLessons(argument: _ejournal_curriculum_v1_ListTeacherLessonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listTeacherLessons(argument: _ejournal_curriculum_v1_ListTeacherLessonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listTeacherLessons(argument: _ejournal_curriculum_v1_ListTeacherLessonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  listTeacherLessons(argument: _ejournal_curriculum_v1_ListTeacherLessonsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lessons__Output>): grpc.ClientUnaryCall;
  
  ListThematicPlans(argument: _ejournal_curriculum_v1_ListThematicPlansRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlans__Output>): grpc.ClientUnaryCall;
  ListThematicPlans(argument: _ejournal_curriculum_v1_ListThematicPlansRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlans__Output>): grpc.ClientUnaryCall;
  ListThematicPlans(argument: _ejournal_curriculum_v1_ListThematicPlansRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlans__Output>): grpc.ClientUnaryCall;
  ListThematicPlans(argument: _ejournal_curriculum_v1_ListThematicPlansRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlans__Output>): grpc.ClientUnaryCall;
  listThematicPlans(argument: _ejournal_curriculum_v1_ListThematicPlansRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlans__Output>): grpc.ClientUnaryCall;
  listThematicPlans(argument: _ejournal_curriculum_v1_ListThematicPlansRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlans__Output>): grpc.ClientUnaryCall;
  listThematicPlans(argument: _ejournal_curriculum_v1_ListThematicPlansRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlans__Output>): grpc.ClientUnaryCall;
  listThematicPlans(argument: _ejournal_curriculum_v1_ListThematicPlansRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlans__Output>): grpc.ClientUnaryCall;
  
  ListYearPlacements(argument: _ejournal_curriculum_v1_ListYearPlacementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_YearPlacements__Output>): grpc.ClientUnaryCall;
  ListYearPlacements(argument: _ejournal_curriculum_v1_ListYearPlacementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_YearPlacements__Output>): grpc.ClientUnaryCall;
  ListYearPlacements(argument: _ejournal_curriculum_v1_ListYearPlacementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_YearPlacements__Output>): grpc.ClientUnaryCall;
  ListYearPlacements(argument: _ejournal_curriculum_v1_ListYearPlacementsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_YearPlacements__Output>): grpc.ClientUnaryCall;
  listYearPlacements(argument: _ejournal_curriculum_v1_ListYearPlacementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_YearPlacements__Output>): grpc.ClientUnaryCall;
  listYearPlacements(argument: _ejournal_curriculum_v1_ListYearPlacementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_YearPlacements__Output>): grpc.ClientUnaryCall;
  listYearPlacements(argument: _ejournal_curriculum_v1_ListYearPlacementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_YearPlacements__Output>): grpc.ClientUnaryCall;
  listYearPlacements(argument: _ejournal_curriculum_v1_ListYearPlacementsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_YearPlacements__Output>): grpc.ClientUnaryCall;
  
  MoveLesson(argument: _ejournal_curriculum_v1_MoveLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  MoveLesson(argument: _ejournal_curriculum_v1_MoveLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  MoveLesson(argument: _ejournal_curriculum_v1_MoveLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  MoveLesson(argument: _ejournal_curriculum_v1_MoveLessonRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  moveLesson(argument: _ejournal_curriculum_v1_MoveLessonRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  moveLesson(argument: _ejournal_curriculum_v1_MoveLessonRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  moveLesson(argument: _ejournal_curriculum_v1_MoveLessonRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  moveLesson(argument: _ejournal_curriculum_v1_MoveLessonRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  
  RecordMovement(argument: _ejournal_curriculum_v1_RecordMovementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Movement__Output>): grpc.ClientUnaryCall;
  RecordMovement(argument: _ejournal_curriculum_v1_RecordMovementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Movement__Output>): grpc.ClientUnaryCall;
  RecordMovement(argument: _ejournal_curriculum_v1_RecordMovementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Movement__Output>): grpc.ClientUnaryCall;
  RecordMovement(argument: _ejournal_curriculum_v1_RecordMovementRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Movement__Output>): grpc.ClientUnaryCall;
  recordMovement(argument: _ejournal_curriculum_v1_RecordMovementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Movement__Output>): grpc.ClientUnaryCall;
  recordMovement(argument: _ejournal_curriculum_v1_RecordMovementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Movement__Output>): grpc.ClientUnaryCall;
  recordMovement(argument: _ejournal_curriculum_v1_RecordMovementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Movement__Output>): grpc.ClientUnaryCall;
  recordMovement(argument: _ejournal_curriculum_v1_RecordMovementRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Movement__Output>): grpc.ClientUnaryCall;
  
  RegisterSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  RegisterSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  RegisterSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  RegisterSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  registerSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  registerSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  registerSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  registerSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  
  ReopenPeriod(argument: _ejournal_curriculum_v1_ReopenPeriodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  ReopenPeriod(argument: _ejournal_curriculum_v1_ReopenPeriodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  ReopenPeriod(argument: _ejournal_curriculum_v1_ReopenPeriodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  ReopenPeriod(argument: _ejournal_curriculum_v1_ReopenPeriodRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  reopenPeriod(argument: _ejournal_curriculum_v1_ReopenPeriodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  reopenPeriod(argument: _ejournal_curriculum_v1_ReopenPeriodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  reopenPeriod(argument: _ejournal_curriculum_v1_ReopenPeriodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  reopenPeriod(argument: _ejournal_curriculum_v1_ReopenPeriodRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_PeriodClosure__Output>): grpc.ClientUnaryCall;
  
  SetClassTeacher(argument: _ejournal_curriculum_v1_SetClassTeacherRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  SetClassTeacher(argument: _ejournal_curriculum_v1_SetClassTeacherRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  SetClassTeacher(argument: _ejournal_curriculum_v1_SetClassTeacherRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  SetClassTeacher(argument: _ejournal_curriculum_v1_SetClassTeacherRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  setClassTeacher(argument: _ejournal_curriculum_v1_SetClassTeacherRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  setClassTeacher(argument: _ejournal_curriculum_v1_SetClassTeacherRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  setClassTeacher(argument: _ejournal_curriculum_v1_SetClassTeacherRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  setClassTeacher(argument: _ejournal_curriculum_v1_SetClassTeacherRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolClass__Output>): grpc.ClientUnaryCall;
  
  SetClassTimetable(argument: _ejournal_curriculum_v1_SetClassTimetableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  SetClassTimetable(argument: _ejournal_curriculum_v1_SetClassTimetableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  SetClassTimetable(argument: _ejournal_curriculum_v1_SetClassTimetableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  SetClassTimetable(argument: _ejournal_curriculum_v1_SetClassTimetableRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  setClassTimetable(argument: _ejournal_curriculum_v1_SetClassTimetableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  setClassTimetable(argument: _ejournal_curriculum_v1_SetClassTimetableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  setClassTimetable(argument: _ejournal_curriculum_v1_SetClassTimetableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  setClassTimetable(argument: _ejournal_curriculum_v1_SetClassTimetableRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ClassTimetable__Output>): grpc.ClientUnaryCall;
  
  SetCurriculum(argument: _ejournal_curriculum_v1_SetCurriculumRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  SetCurriculum(argument: _ejournal_curriculum_v1_SetCurriculumRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  SetCurriculum(argument: _ejournal_curriculum_v1_SetCurriculumRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  SetCurriculum(argument: _ejournal_curriculum_v1_SetCurriculumRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  setCurriculum(argument: _ejournal_curriculum_v1_SetCurriculumRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  setCurriculum(argument: _ejournal_curriculum_v1_SetCurriculumRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  setCurriculum(argument: _ejournal_curriculum_v1_SetCurriculumRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  setCurriculum(argument: _ejournal_curriculum_v1_SetCurriculumRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Curriculum__Output>): grpc.ClientUnaryCall;
  
  SetSubstitution(argument: _ejournal_curriculum_v1_SetSubstitutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  SetSubstitution(argument: _ejournal_curriculum_v1_SetSubstitutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  SetSubstitution(argument: _ejournal_curriculum_v1_SetSubstitutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  SetSubstitution(argument: _ejournal_curriculum_v1_SetSubstitutionRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  setSubstitution(argument: _ejournal_curriculum_v1_SetSubstitutionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  setSubstitution(argument: _ejournal_curriculum_v1_SetSubstitutionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  setSubstitution(argument: _ejournal_curriculum_v1_SetSubstitutionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  setSubstitution(argument: _ejournal_curriculum_v1_SetSubstitutionRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_Lesson__Output>): grpc.ClientUnaryCall;
  
  SetTeacherLoad(argument: _ejournal_curriculum_v1_SetTeacherLoadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  SetTeacherLoad(argument: _ejournal_curriculum_v1_SetTeacherLoadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  SetTeacherLoad(argument: _ejournal_curriculum_v1_SetTeacherLoadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  SetTeacherLoad(argument: _ejournal_curriculum_v1_SetTeacherLoadRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  setTeacherLoad(argument: _ejournal_curriculum_v1_SetTeacherLoadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  setTeacherLoad(argument: _ejournal_curriculum_v1_SetTeacherLoadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  setTeacherLoad(argument: _ejournal_curriculum_v1_SetTeacherLoadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  setTeacherLoad(argument: _ejournal_curriculum_v1_SetTeacherLoadRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_TeacherLoad__Output>): grpc.ClientUnaryCall;
  
  SetThematicPlan(argument: _ejournal_curriculum_v1_SetThematicPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  SetThematicPlan(argument: _ejournal_curriculum_v1_SetThematicPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  SetThematicPlan(argument: _ejournal_curriculum_v1_SetThematicPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  SetThematicPlan(argument: _ejournal_curriculum_v1_SetThematicPlanRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  setThematicPlan(argument: _ejournal_curriculum_v1_SetThematicPlanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  setThematicPlan(argument: _ejournal_curriculum_v1_SetThematicPlanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  setThematicPlan(argument: _ejournal_curriculum_v1_SetThematicPlanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  setThematicPlan(argument: _ejournal_curriculum_v1_SetThematicPlanRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_ThematicPlan__Output>): grpc.ClientUnaryCall;
  
  TransitionYear(argument: _ejournal_curriculum_v1_TransitionYearRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TransitionPlan__Output>): grpc.ClientUnaryCall;
  TransitionYear(argument: _ejournal_curriculum_v1_TransitionYearRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_TransitionPlan__Output>): grpc.ClientUnaryCall;
  TransitionYear(argument: _ejournal_curriculum_v1_TransitionYearRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TransitionPlan__Output>): grpc.ClientUnaryCall;
  TransitionYear(argument: _ejournal_curriculum_v1_TransitionYearRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_TransitionPlan__Output>): grpc.ClientUnaryCall;
  transitionYear(argument: _ejournal_curriculum_v1_TransitionYearRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TransitionPlan__Output>): grpc.ClientUnaryCall;
  transitionYear(argument: _ejournal_curriculum_v1_TransitionYearRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_TransitionPlan__Output>): grpc.ClientUnaryCall;
  transitionYear(argument: _ejournal_curriculum_v1_TransitionYearRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_TransitionPlan__Output>): grpc.ClientUnaryCall;
  transitionYear(argument: _ejournal_curriculum_v1_TransitionYearRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_TransitionPlan__Output>): grpc.ClientUnaryCall;
  
  UpdateSchoolSettings(argument: _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  UpdateSchoolSettings(argument: _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  UpdateSchoolSettings(argument: _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  UpdateSchoolSettings(argument: _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  updateSchoolSettings(argument: _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  updateSchoolSettings(argument: _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  updateSchoolSettings(argument: _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  updateSchoolSettings(argument: _ejournal_curriculum_v1_UpdateSchoolSettingsRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_SchoolSettings__Output>): grpc.ClientUnaryCall;
  
}

export interface CurriculumServiceHandlers extends grpc.UntypedServiceImplementation {
  AddLesson: grpc.handleUnaryCall<_ejournal_curriculum_v1_AddLessonRequest__Output, _ejournal_curriculum_v1_Lesson>;
  
  AddRoom: grpc.handleUnaryCall<_ejournal_curriculum_v1_AddRoomRequest__Output, _ejournal_curriculum_v1_Room>;
  
  AddSubject: grpc.handleUnaryCall<_ejournal_curriculum_v1_AddSubjectRequest__Output, _ejournal_curriculum_v1_Subject>;
  
  AddTextbook: grpc.handleUnaryCall<_ejournal_curriculum_v1_AddTextbookRequest__Output, _ejournal_curriculum_v1_Textbook>;
  
  ApproveCurriculum: grpc.handleUnaryCall<_ejournal_curriculum_v1_CurriculumKey__Output, _ejournal_curriculum_v1_Curriculum>;
  
  ApproveThematicPlan: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetThematicPlanRequest__Output, _ejournal_curriculum_v1_ThematicPlan>;
  
  AssignToGroup: grpc.handleUnaryCall<_ejournal_curriculum_v1_AssignToGroupRequest__Output, _ejournal_curriculum_v1_Roster>;
  
  CancelLesson: grpc.handleUnaryCall<_ejournal_curriculum_v1_CancelLessonRequest__Output, _ejournal_curriculum_v1_Lesson>;
  
  ClosePeriod: grpc.handleUnaryCall<_ejournal_curriculum_v1_ClosePeriodRequest__Output, _ejournal_curriculum_v1_PeriodClosure>;
  
  CreateAcademicYear: grpc.handleUnaryCall<_ejournal_curriculum_v1_CreateAcademicYearRequest__Output, _ejournal_curriculum_v1_AcademicYear>;
  
  CreateClass: grpc.handleUnaryCall<_ejournal_curriculum_v1_CreateClassRequest__Output, _ejournal_curriculum_v1_SchoolClass>;
  
  DefineGroup: grpc.handleUnaryCall<_ejournal_curriculum_v1_DefineGroupRequest__Output, _ejournal_curriculum_v1_SchoolClass>;
  
  GenerateLessons: grpc.handleUnaryCall<_ejournal_curriculum_v1_GenerateLessonsRequest__Output, _ejournal_curriculum_v1_GenerateLessonsResult>;
  
  GetAcademicYear: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetAcademicYearRequest__Output, _ejournal_curriculum_v1_AcademicYear>;
  
  GetCatalogue: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetCatalogueRequest__Output, _ejournal_curriculum_v1_Catalogue>;
  
  GetClass: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetClassRequest__Output, _ejournal_curriculum_v1_SchoolClass>;
  
  GetClassTimetable: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetClassRequest__Output, _ejournal_curriculum_v1_ClassTimetable>;
  
  GetCurriculum: grpc.handleUnaryCall<_ejournal_curriculum_v1_CurriculumKey__Output, _ejournal_curriculum_v1_Curriculum>;
  
  GetLesson: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetLessonRequest__Output, _ejournal_curriculum_v1_Lesson>;
  
  GetRoster: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetRosterRequest__Output, _ejournal_curriculum_v1_Roster>;
  
  GetSchool: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetSchoolRequest__Output, _ejournal_curriculum_v1_School>;
  
  GetSchoolSettings: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetSchoolRequest__Output, _ejournal_curriculum_v1_SchoolSettings>;
  
  GetStudentHistory: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetStudentHistoryRequest__Output, _ejournal_curriculum_v1_StudentHistory>;
  
  GetStudentTimetable: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetStudentTimetableRequest__Output, _ejournal_curriculum_v1_Lessons>;
  
  GetTeacherLoad: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetTeacherLoadRequest__Output, _ejournal_curriculum_v1_TeacherLoad>;
  
  GetThematicPlan: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetThematicPlanRequest__Output, _ejournal_curriculum_v1_ThematicPlan>;
  
  ImportRosters: grpc.handleUnaryCall<_ejournal_curriculum_v1_ImportRequest__Output, _ejournal_curriculum_v1_ImportReport>;
  
  ImportTimetable: grpc.handleUnaryCall<_ejournal_curriculum_v1_ImportRequest__Output, _ejournal_curriculum_v1_ImportReport>;
  
  InspectYear: grpc.handleUnaryCall<_ejournal_curriculum_v1_InspectYearRequest__Output, _ejournal_curriculum_v1_InspectionReport>;
  
  ListAcademicYears: grpc.handleUnaryCall<_ejournal_curriculum_v1_ListAcademicYearsRequest__Output, _ejournal_curriculum_v1_AcademicYears>;
  
  ListClassLessons: grpc.handleUnaryCall<_ejournal_curriculum_v1_ListClassLessonsRequest__Output, _ejournal_curriculum_v1_Lessons>;
  
  ListClasses: grpc.handleUnaryCall<_ejournal_curriculum_v1_ListClassesRequest__Output, _ejournal_curriculum_v1_SchoolClasses>;
  
  ListSchools: grpc.handleUnaryCall<_ejournal_curriculum_v1_ListSchoolsRequest__Output, _ejournal_curriculum_v1_Schools>;
  
  ListSubjectLessons: grpc.handleUnaryCall<_ejournal_curriculum_v1_ListSubjectLessonsRequest__Output, _ejournal_curriculum_v1_Lessons>;
  
  ListTeacherLessons: grpc.handleUnaryCall<_ejournal_curriculum_v1_ListTeacherLessonsRequest__Output, _ejournal_curriculum_v1_Lessons>;
  
  ListThematicPlans: grpc.handleUnaryCall<_ejournal_curriculum_v1_ListThematicPlansRequest__Output, _ejournal_curriculum_v1_ThematicPlans>;
  
  ListYearPlacements: grpc.handleUnaryCall<_ejournal_curriculum_v1_ListYearPlacementsRequest__Output, _ejournal_curriculum_v1_YearPlacements>;
  
  MoveLesson: grpc.handleUnaryCall<_ejournal_curriculum_v1_MoveLessonRequest__Output, _ejournal_curriculum_v1_Lesson>;
  
  RecordMovement: grpc.handleUnaryCall<_ejournal_curriculum_v1_RecordMovementRequest__Output, _ejournal_curriculum_v1_Movement>;
  
  RegisterSchool: grpc.handleUnaryCall<_ejournal_curriculum_v1_RegisterSchoolRequest__Output, _ejournal_curriculum_v1_School>;
  
  ReopenPeriod: grpc.handleUnaryCall<_ejournal_curriculum_v1_ReopenPeriodRequest__Output, _ejournal_curriculum_v1_PeriodClosure>;
  
  SetClassTeacher: grpc.handleUnaryCall<_ejournal_curriculum_v1_SetClassTeacherRequest__Output, _ejournal_curriculum_v1_SchoolClass>;
  
  SetClassTimetable: grpc.handleUnaryCall<_ejournal_curriculum_v1_SetClassTimetableRequest__Output, _ejournal_curriculum_v1_ClassTimetable>;
  
  SetCurriculum: grpc.handleUnaryCall<_ejournal_curriculum_v1_SetCurriculumRequest__Output, _ejournal_curriculum_v1_Curriculum>;
  
  SetSubstitution: grpc.handleUnaryCall<_ejournal_curriculum_v1_SetSubstitutionRequest__Output, _ejournal_curriculum_v1_Lesson>;
  
  SetTeacherLoad: grpc.handleUnaryCall<_ejournal_curriculum_v1_SetTeacherLoadRequest__Output, _ejournal_curriculum_v1_TeacherLoad>;
  
  SetThematicPlan: grpc.handleUnaryCall<_ejournal_curriculum_v1_SetThematicPlanRequest__Output, _ejournal_curriculum_v1_ThematicPlan>;
  
  TransitionYear: grpc.handleUnaryCall<_ejournal_curriculum_v1_TransitionYearRequest__Output, _ejournal_curriculum_v1_TransitionPlan>;
  
  UpdateSchoolSettings: grpc.handleUnaryCall<_ejournal_curriculum_v1_UpdateSchoolSettingsRequest__Output, _ejournal_curriculum_v1_SchoolSettings>;
  
}

export interface CurriculumServiceDefinition extends grpc.ServiceDefinition {
  AddLesson: MethodDefinition<_ejournal_curriculum_v1_AddLessonRequest, _ejournal_curriculum_v1_Lesson, _ejournal_curriculum_v1_AddLessonRequest__Output, _ejournal_curriculum_v1_Lesson__Output>
  AddRoom: MethodDefinition<_ejournal_curriculum_v1_AddRoomRequest, _ejournal_curriculum_v1_Room, _ejournal_curriculum_v1_AddRoomRequest__Output, _ejournal_curriculum_v1_Room__Output>
  AddSubject: MethodDefinition<_ejournal_curriculum_v1_AddSubjectRequest, _ejournal_curriculum_v1_Subject, _ejournal_curriculum_v1_AddSubjectRequest__Output, _ejournal_curriculum_v1_Subject__Output>
  AddTextbook: MethodDefinition<_ejournal_curriculum_v1_AddTextbookRequest, _ejournal_curriculum_v1_Textbook, _ejournal_curriculum_v1_AddTextbookRequest__Output, _ejournal_curriculum_v1_Textbook__Output>
  ApproveCurriculum: MethodDefinition<_ejournal_curriculum_v1_CurriculumKey, _ejournal_curriculum_v1_Curriculum, _ejournal_curriculum_v1_CurriculumKey__Output, _ejournal_curriculum_v1_Curriculum__Output>
  ApproveThematicPlan: MethodDefinition<_ejournal_curriculum_v1_GetThematicPlanRequest, _ejournal_curriculum_v1_ThematicPlan, _ejournal_curriculum_v1_GetThematicPlanRequest__Output, _ejournal_curriculum_v1_ThematicPlan__Output>
  AssignToGroup: MethodDefinition<_ejournal_curriculum_v1_AssignToGroupRequest, _ejournal_curriculum_v1_Roster, _ejournal_curriculum_v1_AssignToGroupRequest__Output, _ejournal_curriculum_v1_Roster__Output>
  CancelLesson: MethodDefinition<_ejournal_curriculum_v1_CancelLessonRequest, _ejournal_curriculum_v1_Lesson, _ejournal_curriculum_v1_CancelLessonRequest__Output, _ejournal_curriculum_v1_Lesson__Output>
  ClosePeriod: MethodDefinition<_ejournal_curriculum_v1_ClosePeriodRequest, _ejournal_curriculum_v1_PeriodClosure, _ejournal_curriculum_v1_ClosePeriodRequest__Output, _ejournal_curriculum_v1_PeriodClosure__Output>
  CreateAcademicYear: MethodDefinition<_ejournal_curriculum_v1_CreateAcademicYearRequest, _ejournal_curriculum_v1_AcademicYear, _ejournal_curriculum_v1_CreateAcademicYearRequest__Output, _ejournal_curriculum_v1_AcademicYear__Output>
  CreateClass: MethodDefinition<_ejournal_curriculum_v1_CreateClassRequest, _ejournal_curriculum_v1_SchoolClass, _ejournal_curriculum_v1_CreateClassRequest__Output, _ejournal_curriculum_v1_SchoolClass__Output>
  DefineGroup: MethodDefinition<_ejournal_curriculum_v1_DefineGroupRequest, _ejournal_curriculum_v1_SchoolClass, _ejournal_curriculum_v1_DefineGroupRequest__Output, _ejournal_curriculum_v1_SchoolClass__Output>
  GenerateLessons: MethodDefinition<_ejournal_curriculum_v1_GenerateLessonsRequest, _ejournal_curriculum_v1_GenerateLessonsResult, _ejournal_curriculum_v1_GenerateLessonsRequest__Output, _ejournal_curriculum_v1_GenerateLessonsResult__Output>
  GetAcademicYear: MethodDefinition<_ejournal_curriculum_v1_GetAcademicYearRequest, _ejournal_curriculum_v1_AcademicYear, _ejournal_curriculum_v1_GetAcademicYearRequest__Output, _ejournal_curriculum_v1_AcademicYear__Output>
  GetCatalogue: MethodDefinition<_ejournal_curriculum_v1_GetCatalogueRequest, _ejournal_curriculum_v1_Catalogue, _ejournal_curriculum_v1_GetCatalogueRequest__Output, _ejournal_curriculum_v1_Catalogue__Output>
  GetClass: MethodDefinition<_ejournal_curriculum_v1_GetClassRequest, _ejournal_curriculum_v1_SchoolClass, _ejournal_curriculum_v1_GetClassRequest__Output, _ejournal_curriculum_v1_SchoolClass__Output>
  GetClassTimetable: MethodDefinition<_ejournal_curriculum_v1_GetClassRequest, _ejournal_curriculum_v1_ClassTimetable, _ejournal_curriculum_v1_GetClassRequest__Output, _ejournal_curriculum_v1_ClassTimetable__Output>
  GetCurriculum: MethodDefinition<_ejournal_curriculum_v1_CurriculumKey, _ejournal_curriculum_v1_Curriculum, _ejournal_curriculum_v1_CurriculumKey__Output, _ejournal_curriculum_v1_Curriculum__Output>
  GetLesson: MethodDefinition<_ejournal_curriculum_v1_GetLessonRequest, _ejournal_curriculum_v1_Lesson, _ejournal_curriculum_v1_GetLessonRequest__Output, _ejournal_curriculum_v1_Lesson__Output>
  GetRoster: MethodDefinition<_ejournal_curriculum_v1_GetRosterRequest, _ejournal_curriculum_v1_Roster, _ejournal_curriculum_v1_GetRosterRequest__Output, _ejournal_curriculum_v1_Roster__Output>
  GetSchool: MethodDefinition<_ejournal_curriculum_v1_GetSchoolRequest, _ejournal_curriculum_v1_School, _ejournal_curriculum_v1_GetSchoolRequest__Output, _ejournal_curriculum_v1_School__Output>
  GetSchoolSettings: MethodDefinition<_ejournal_curriculum_v1_GetSchoolRequest, _ejournal_curriculum_v1_SchoolSettings, _ejournal_curriculum_v1_GetSchoolRequest__Output, _ejournal_curriculum_v1_SchoolSettings__Output>
  GetStudentHistory: MethodDefinition<_ejournal_curriculum_v1_GetStudentHistoryRequest, _ejournal_curriculum_v1_StudentHistory, _ejournal_curriculum_v1_GetStudentHistoryRequest__Output, _ejournal_curriculum_v1_StudentHistory__Output>
  GetStudentTimetable: MethodDefinition<_ejournal_curriculum_v1_GetStudentTimetableRequest, _ejournal_curriculum_v1_Lessons, _ejournal_curriculum_v1_GetStudentTimetableRequest__Output, _ejournal_curriculum_v1_Lessons__Output>
  GetTeacherLoad: MethodDefinition<_ejournal_curriculum_v1_GetTeacherLoadRequest, _ejournal_curriculum_v1_TeacherLoad, _ejournal_curriculum_v1_GetTeacherLoadRequest__Output, _ejournal_curriculum_v1_TeacherLoad__Output>
  GetThematicPlan: MethodDefinition<_ejournal_curriculum_v1_GetThematicPlanRequest, _ejournal_curriculum_v1_ThematicPlan, _ejournal_curriculum_v1_GetThematicPlanRequest__Output, _ejournal_curriculum_v1_ThematicPlan__Output>
  ImportRosters: MethodDefinition<_ejournal_curriculum_v1_ImportRequest, _ejournal_curriculum_v1_ImportReport, _ejournal_curriculum_v1_ImportRequest__Output, _ejournal_curriculum_v1_ImportReport__Output>
  ImportTimetable: MethodDefinition<_ejournal_curriculum_v1_ImportRequest, _ejournal_curriculum_v1_ImportReport, _ejournal_curriculum_v1_ImportRequest__Output, _ejournal_curriculum_v1_ImportReport__Output>
  InspectYear: MethodDefinition<_ejournal_curriculum_v1_InspectYearRequest, _ejournal_curriculum_v1_InspectionReport, _ejournal_curriculum_v1_InspectYearRequest__Output, _ejournal_curriculum_v1_InspectionReport__Output>
  ListAcademicYears: MethodDefinition<_ejournal_curriculum_v1_ListAcademicYearsRequest, _ejournal_curriculum_v1_AcademicYears, _ejournal_curriculum_v1_ListAcademicYearsRequest__Output, _ejournal_curriculum_v1_AcademicYears__Output>
  ListClassLessons: MethodDefinition<_ejournal_curriculum_v1_ListClassLessonsRequest, _ejournal_curriculum_v1_Lessons, _ejournal_curriculum_v1_ListClassLessonsRequest__Output, _ejournal_curriculum_v1_Lessons__Output>
  ListClasses: MethodDefinition<_ejournal_curriculum_v1_ListClassesRequest, _ejournal_curriculum_v1_SchoolClasses, _ejournal_curriculum_v1_ListClassesRequest__Output, _ejournal_curriculum_v1_SchoolClasses__Output>
  ListSchools: MethodDefinition<_ejournal_curriculum_v1_ListSchoolsRequest, _ejournal_curriculum_v1_Schools, _ejournal_curriculum_v1_ListSchoolsRequest__Output, _ejournal_curriculum_v1_Schools__Output>
  ListSubjectLessons: MethodDefinition<_ejournal_curriculum_v1_ListSubjectLessonsRequest, _ejournal_curriculum_v1_Lessons, _ejournal_curriculum_v1_ListSubjectLessonsRequest__Output, _ejournal_curriculum_v1_Lessons__Output>
  ListTeacherLessons: MethodDefinition<_ejournal_curriculum_v1_ListTeacherLessonsRequest, _ejournal_curriculum_v1_Lessons, _ejournal_curriculum_v1_ListTeacherLessonsRequest__Output, _ejournal_curriculum_v1_Lessons__Output>
  ListThematicPlans: MethodDefinition<_ejournal_curriculum_v1_ListThematicPlansRequest, _ejournal_curriculum_v1_ThematicPlans, _ejournal_curriculum_v1_ListThematicPlansRequest__Output, _ejournal_curriculum_v1_ThematicPlans__Output>
  ListYearPlacements: MethodDefinition<_ejournal_curriculum_v1_ListYearPlacementsRequest, _ejournal_curriculum_v1_YearPlacements, _ejournal_curriculum_v1_ListYearPlacementsRequest__Output, _ejournal_curriculum_v1_YearPlacements__Output>
  MoveLesson: MethodDefinition<_ejournal_curriculum_v1_MoveLessonRequest, _ejournal_curriculum_v1_Lesson, _ejournal_curriculum_v1_MoveLessonRequest__Output, _ejournal_curriculum_v1_Lesson__Output>
  RecordMovement: MethodDefinition<_ejournal_curriculum_v1_RecordMovementRequest, _ejournal_curriculum_v1_Movement, _ejournal_curriculum_v1_RecordMovementRequest__Output, _ejournal_curriculum_v1_Movement__Output>
  RegisterSchool: MethodDefinition<_ejournal_curriculum_v1_RegisterSchoolRequest, _ejournal_curriculum_v1_School, _ejournal_curriculum_v1_RegisterSchoolRequest__Output, _ejournal_curriculum_v1_School__Output>
  ReopenPeriod: MethodDefinition<_ejournal_curriculum_v1_ReopenPeriodRequest, _ejournal_curriculum_v1_PeriodClosure, _ejournal_curriculum_v1_ReopenPeriodRequest__Output, _ejournal_curriculum_v1_PeriodClosure__Output>
  SetClassTeacher: MethodDefinition<_ejournal_curriculum_v1_SetClassTeacherRequest, _ejournal_curriculum_v1_SchoolClass, _ejournal_curriculum_v1_SetClassTeacherRequest__Output, _ejournal_curriculum_v1_SchoolClass__Output>
  SetClassTimetable: MethodDefinition<_ejournal_curriculum_v1_SetClassTimetableRequest, _ejournal_curriculum_v1_ClassTimetable, _ejournal_curriculum_v1_SetClassTimetableRequest__Output, _ejournal_curriculum_v1_ClassTimetable__Output>
  SetCurriculum: MethodDefinition<_ejournal_curriculum_v1_SetCurriculumRequest, _ejournal_curriculum_v1_Curriculum, _ejournal_curriculum_v1_SetCurriculumRequest__Output, _ejournal_curriculum_v1_Curriculum__Output>
  SetSubstitution: MethodDefinition<_ejournal_curriculum_v1_SetSubstitutionRequest, _ejournal_curriculum_v1_Lesson, _ejournal_curriculum_v1_SetSubstitutionRequest__Output, _ejournal_curriculum_v1_Lesson__Output>
  SetTeacherLoad: MethodDefinition<_ejournal_curriculum_v1_SetTeacherLoadRequest, _ejournal_curriculum_v1_TeacherLoad, _ejournal_curriculum_v1_SetTeacherLoadRequest__Output, _ejournal_curriculum_v1_TeacherLoad__Output>
  SetThematicPlan: MethodDefinition<_ejournal_curriculum_v1_SetThematicPlanRequest, _ejournal_curriculum_v1_ThematicPlan, _ejournal_curriculum_v1_SetThematicPlanRequest__Output, _ejournal_curriculum_v1_ThematicPlan__Output>
  TransitionYear: MethodDefinition<_ejournal_curriculum_v1_TransitionYearRequest, _ejournal_curriculum_v1_TransitionPlan, _ejournal_curriculum_v1_TransitionYearRequest__Output, _ejournal_curriculum_v1_TransitionPlan__Output>
  UpdateSchoolSettings: MethodDefinition<_ejournal_curriculum_v1_UpdateSchoolSettingsRequest, _ejournal_curriculum_v1_SchoolSettings, _ejournal_curriculum_v1_UpdateSchoolSettingsRequest__Output, _ejournal_curriculum_v1_SchoolSettings__Output>
}
