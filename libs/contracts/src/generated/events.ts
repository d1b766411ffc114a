import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AbsenceFact as _ejournal_attendance_v1_AbsenceFact, AbsenceFact__Output as _ejournal_attendance_v1_AbsenceFact__Output } from './ejournal/attendance/v1/AbsenceFact';
import type { Bell as _ejournal_curriculum_v1_Bell, Bell__Output as _ejournal_curriculum_v1_Bell__Output } from './ejournal/curriculum/v1/Bell';
import type { BellSchedule as _ejournal_curriculum_v1_BellSchedule, BellSchedule__Output as _ejournal_curriculum_v1_BellSchedule__Output } from './ejournal/curriculum/v1/BellSchedule';
import type { ClassChanged as _ejournal_curriculum_v1_ClassChanged, ClassChanged__Output as _ejournal_curriculum_v1_ClassChanged__Output } from './ejournal/curriculum/v1/ClassChanged';
import type { ClassFact as _ejournal_curriculum_v1_ClassFact, ClassFact__Output as _ejournal_curriculum_v1_ClassFact__Output } from './ejournal/curriculum/v1/ClassFact';
import type { EnrolmentChanged as _ejournal_curriculum_v1_EnrolmentChanged, EnrolmentChanged__Output as _ejournal_curriculum_v1_EnrolmentChanged__Output } from './ejournal/curriculum/v1/EnrolmentChanged';
import type { Holiday as _ejournal_curriculum_v1_Holiday, Holiday__Output as _ejournal_curriculum_v1_Holiday__Output } from './ejournal/curriculum/v1/Holiday';
import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from './ejournal/curriculum/v1/Lesson';
import type { LessonCancelled as _ejournal_curriculum_v1_LessonCancelled, LessonCancelled__Output as _ejournal_curriculum_v1_LessonCancelled__Output } from './ejournal/curriculum/v1/LessonCancelled';
import type { LessonChanged as _ejournal_curriculum_v1_LessonChanged, LessonChanged__Output as _ejournal_curriculum_v1_LessonChanged__Output } from './ejournal/curriculum/v1/LessonChanged';
import type { LessonsPlanned as _ejournal_curriculum_v1_LessonsPlanned, LessonsPlanned__Output as _ejournal_curriculum_v1_LessonsPlanned__Output } from './ejournal/curriculum/v1/LessonsPlanned';
import type { MinimumMarks as _ejournal_curriculum_v1_MinimumMarks, MinimumMarks__Output as _ejournal_curriculum_v1_MinimumMarks__Output } from './ejournal/curriculum/v1/MinimumMarks';
import type { Period as _ejournal_curriculum_v1_Period, Period__Output as _ejournal_curriculum_v1_Period__Output } from './ejournal/curriculum/v1/Period';
import type { PeriodClosed as _ejournal_curriculum_v1_PeriodClosed, PeriodClosed__Output as _ejournal_curriculum_v1_PeriodClosed__Output } from './ejournal/curriculum/v1/PeriodClosed';
import type { PeriodReopened as _ejournal_curriculum_v1_PeriodReopened, PeriodReopened__Output as _ejournal_curriculum_v1_PeriodReopened__Output } from './ejournal/curriculum/v1/PeriodReopened';
import type { PeriodSchemeForGrades as _ejournal_curriculum_v1_PeriodSchemeForGrades, PeriodSchemeForGrades__Output as _ejournal_curriculum_v1_PeriodSchemeForGrades__Output } from './ejournal/curriculum/v1/PeriodSchemeForGrades';
import type { Placement as _ejournal_curriculum_v1_Placement, Placement__Output as _ejournal_curriculum_v1_Placement__Output } from './ejournal/curriculum/v1/Placement';
import type { PlanApproved as _ejournal_curriculum_v1_PlanApproved, PlanApproved__Output as _ejournal_curriculum_v1_PlanApproved__Output } from './ejournal/curriculum/v1/PlanApproved';
import type { RoundingRule as _ejournal_curriculum_v1_RoundingRule, RoundingRule__Output as _ejournal_curriculum_v1_RoundingRule__Output } from './ejournal/curriculum/v1/RoundingRule';
import type { SchoolRegistered as _ejournal_curriculum_v1_SchoolRegistered, SchoolRegistered__Output as _ejournal_curriculum_v1_SchoolRegistered__Output } from './ejournal/curriculum/v1/SchoolRegistered';
import type { SchoolSettings as _ejournal_curriculum_v1_SchoolSettings, SchoolSettings__Output as _ejournal_curriculum_v1_SchoolSettings__Output } from './ejournal/curriculum/v1/SchoolSettings';
import type { SchoolSettingsChanged as _ejournal_curriculum_v1_SchoolSettingsChanged, SchoolSettingsChanged__Output as _ejournal_curriculum_v1_SchoolSettingsChanged__Output } from './ejournal/curriculum/v1/SchoolSettingsChanged';
import type { SubjectAdded as _ejournal_curriculum_v1_SubjectAdded, SubjectAdded__Output as _ejournal_curriculum_v1_SubjectAdded__Output } from './ejournal/curriculum/v1/SubjectAdded';
import type { SubstitutionSet as _ejournal_curriculum_v1_SubstitutionSet, SubstitutionSet__Output as _ejournal_curriculum_v1_SubstitutionSet__Output } from './ejournal/curriculum/v1/SubstitutionSet';
import type { TeachingChanged as _ejournal_curriculum_v1_TeachingChanged, TeachingChanged__Output as _ejournal_curriculum_v1_TeachingChanged__Output } from './ejournal/curriculum/v1/TeachingChanged';
import type { ThematicPlanApproved as _ejournal_curriculum_v1_ThematicPlanApproved, ThematicPlanApproved__Output as _ejournal_curriculum_v1_ThematicPlanApproved__Output } from './ejournal/curriculum/v1/ThematicPlanApproved';
import type { WorkKind as _ejournal_curriculum_v1_WorkKind, WorkKind__Output as _ejournal_curriculum_v1_WorkKind__Output } from './ejournal/curriculum/v1/WorkKind';
import type { YearOpened as _ejournal_curriculum_v1_YearOpened, YearOpened__Output as _ejournal_curriculum_v1_YearOpened__Output } from './ejournal/curriculum/v1/YearOpened';
import type { YearTransitioned as _ejournal_curriculum_v1_YearTransitioned, YearTransitioned__Output as _ejournal_curriculum_v1_YearTransitioned__Output } from './ejournal/curriculum/v1/YearTransitioned';
import type { OpeningsCounted as _ejournal_diary_v1_OpeningsCounted, OpeningsCounted__Output as _ejournal_diary_v1_OpeningsCounted__Output } from './ejournal/diary/v1/OpeningsCounted';
import type { PagesChanged as _ejournal_diary_v1_PagesChanged, PagesChanged__Output as _ejournal_diary_v1_PagesChanged__Output } from './ejournal/diary/v1/PagesChanged';
import type { ChangeRequestDecided as _ejournal_gradebook_v1_ChangeRequestDecided, ChangeRequestDecided__Output as _ejournal_gradebook_v1_ChangeRequestDecided__Output } from './ejournal/gradebook/v1/ChangeRequestDecided';
import type { ChangeRequestOpened as _ejournal_gradebook_v1_ChangeRequestOpened, ChangeRequestOpened__Output as _ejournal_gradebook_v1_ChangeRequestOpened__Output } from './ejournal/gradebook/v1/ChangeRequestOpened';
import type { FinalSet as _ejournal_gradebook_v1_FinalSet, FinalSet__Output as _ejournal_gradebook_v1_FinalSet__Output } from './ejournal/gradebook/v1/FinalSet';
import type { LessonRecorded as _ejournal_gradebook_v1_LessonRecorded, LessonRecorded__Output as _ejournal_gradebook_v1_LessonRecorded__Output } from './ejournal/gradebook/v1/LessonRecorded';
import type { MarkFact as _ejournal_gradebook_v1_MarkFact, MarkFact__Output as _ejournal_gradebook_v1_MarkFact__Output } from './ejournal/gradebook/v1/MarkFact';
import type { MarkOverAbsence as _ejournal_gradebook_v1_MarkOverAbsence, MarkOverAbsence__Output as _ejournal_gradebook_v1_MarkOverAbsence__Output } from './ejournal/gradebook/v1/MarkOverAbsence';
import type { AccountRevoked as _ejournal_identity_v1_AccountRevoked, AccountRevoked__Output as _ejournal_identity_v1_AccountRevoked__Output } from './ejournal/identity/v1/AccountRevoked';
import type { FamiliesCounted as _ejournal_identity_v1_FamiliesCounted, FamiliesCounted__Output as _ejournal_identity_v1_FamiliesCounted__Output } from './ejournal/identity/v1/FamiliesCounted';
import type { InvitationIssued as _ejournal_identity_v1_InvitationIssued, InvitationIssued__Output as _ejournal_identity_v1_InvitationIssued__Output } from './ejournal/identity/v1/InvitationIssued';
import type { MembersChanged as _ejournal_identity_v1_MembersChanged, MembersChanged__Output as _ejournal_identity_v1_MembersChanged__Output } from './ejournal/identity/v1/MembersChanged';
import type { StaffNamed as _ejournal_identity_v1_StaffNamed, StaffNamed__Output as _ejournal_identity_v1_StaffNamed__Output } from './ejournal/identity/v1/StaffNamed';
import type { StudentRegistered as _ejournal_identity_v1_StudentRegistered, StudentRegistered__Output as _ejournal_identity_v1_StudentRegistered__Output } from './ejournal/identity/v1/StudentRegistered';
import type { TokensRevoked as _ejournal_identity_v1_TokensRevoked, TokensRevoked__Output as _ejournal_identity_v1_TokensRevoked__Output } from './ejournal/identity/v1/TokensRevoked';
import type { InboxChanged as _ejournal_messaging_v1_InboxChanged, InboxChanged__Output as _ejournal_messaging_v1_InboxChanged__Output } from './ejournal/messaging/v1/InboxChanged';
import type { MessagePosted as _ejournal_messaging_v1_MessagePosted, MessagePosted__Output as _ejournal_messaging_v1_MessagePosted__Output } from './ejournal/messaging/v1/MessagePosted';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    attendance: {
      v1: {
        AbsenceFact: MessageTypeDefinition<_ejournal_attendance_v1_AbsenceFact, _ejournal_attendance_v1_AbsenceFact__Output>
      }
    }
    curriculum: {
      v1: {
        Bell: MessageTypeDefinition<_ejournal_curriculum_v1_Bell, _ejournal_curriculum_v1_Bell__Output>
        BellSchedule: MessageTypeDefinition<_ejournal_curriculum_v1_BellSchedule, _ejournal_curriculum_v1_BellSchedule__Output>
        ClassChanged: MessageTypeDefinition<_ejournal_curriculum_v1_ClassChanged, _ejournal_curriculum_v1_ClassChanged__Output>
        ClassFact: MessageTypeDefinition<_ejournal_curriculum_v1_ClassFact, _ejournal_curriculum_v1_ClassFact__Output>
        EnrolmentChanged: MessageTypeDefinition<_ejournal_curriculum_v1_EnrolmentChanged, _ejournal_curriculum_v1_EnrolmentChanged__Output>
        Holiday: MessageTypeDefinition<_ejournal_curriculum_v1_Holiday, _ejournal_curriculum_v1_Holiday__Output>
        Lesson: MessageTypeDefinition<_ejournal_curriculum_v1_Lesson, _ejournal_curriculum_v1_Lesson__Output>
        LessonCancelled: MessageTypeDefinition<_ejournal_curriculum_v1_LessonCancelled, _ejournal_curriculum_v1_LessonCancelled__Output>
        LessonChanged: MessageTypeDefinition<_ejournal_curriculum_v1_LessonChanged, _ejournal_curriculum_v1_LessonChanged__Output>
        LessonsPlanned: MessageTypeDefinition<_ejournal_curriculum_v1_LessonsPlanned, _ejournal_curriculum_v1_LessonsPlanned__Output>
        MinimumMarks: MessageTypeDefinition<_ejournal_curriculum_v1_MinimumMarks, _ejournal_curriculum_v1_MinimumMarks__Output>
        Period: MessageTypeDefinition<_ejournal_curriculum_v1_Period, _ejournal_curriculum_v1_Period__Output>
        PeriodClosed: MessageTypeDefinition<_ejournal_curriculum_v1_PeriodClosed, _ejournal_curriculum_v1_PeriodClosed__Output>
        PeriodReopened: MessageTypeDefinition<_ejournal_curriculum_v1_PeriodReopened, _ejournal_curriculum_v1_PeriodReopened__Output>
        PeriodScheme: EnumTypeDefinition
        PeriodSchemeForGrades: MessageTypeDefinition<_ejournal_curriculum_v1_PeriodSchemeForGrades, _ejournal_curriculum_v1_PeriodSchemeForGrades__Output>
        Placement: MessageTypeDefinition<_ejournal_curriculum_v1_Placement, _ejournal_curriculum_v1_Placement__Output>
        PlanApproved: MessageTypeDefinition<_ejournal_curriculum_v1_PlanApproved, _ejournal_curriculum_v1_PlanApproved__Output>
        RoundingRule: MessageTypeDefinition<_ejournal_curriculum_v1_RoundingRule, _ejournal_curriculum_v1_RoundingRule__Output>
        SchoolRegistered: MessageTypeDefinition<_ejournal_curriculum_v1_SchoolRegistered, _ejournal_curriculum_v1_SchoolRegistered__Output>
        SchoolSettings: MessageTypeDefinition<_ejournal_curriculum_v1_SchoolSettings, _ejournal_curriculum_v1_SchoolSettings__Output>
        SchoolSettingsChanged: MessageTypeDefinition<_ejournal_curriculum_v1_SchoolSettingsChanged, _ejournal_curriculum_v1_SchoolSettingsChanged__Output>
        SubjectAdded: MessageTypeDefinition<_ejournal_curriculum_v1_SubjectAdded, _ejournal_curriculum_v1_SubjectAdded__Output>
        SubstitutionSet: MessageTypeDefinition<_ejournal_curriculum_v1_SubstitutionSet, _ejournal_curriculum_v1_SubstitutionSet__Output>
        TeachingChanged: MessageTypeDefinition<_ejournal_curriculum_v1_TeachingChanged, _ejournal_curriculum_v1_TeachingChanged__Output>
        ThematicPlanApproved: MessageTypeDefinition<_ejournal_curriculum_v1_ThematicPlanApproved, _ejournal_curriculum_v1_ThematicPlanApproved__Output>
        WorkKind: MessageTypeDefinition<_ejournal_curriculum_v1_WorkKind, _ejournal_curriculum_v1_WorkKind__Output>
        YearOpened: MessageTypeDefinition<_ejournal_curriculum_v1_YearOpened, _ejournal_curriculum_v1_YearOpened__Output>
        YearTransitioned: MessageTypeDefinition<_ejournal_curriculum_v1_YearTransitioned, _ejournal_curriculum_v1_YearTransitioned__Output>
      }
    }
    diary: {
      v1: {
        OpeningsCounted: MessageTypeDefinition<_ejournal_diary_v1_OpeningsCounted, _ejournal_diary_v1_OpeningsCounted__Output>
        PagesChanged: MessageTypeDefinition<_ejournal_diary_v1_PagesChanged, _ejournal_diary_v1_PagesChanged__Output>
      }
    }
    gradebook: {
      v1: {
        ChangeRequestDecided: MessageTypeDefinition<_ejournal_gradebook_v1_ChangeRequestDecided, _ejournal_gradebook_v1_ChangeRequestDecided__Output>
        ChangeRequestOpened: MessageTypeDefinition<_ejournal_gradebook_v1_ChangeRequestOpened, _ejournal_gradebook_v1_ChangeRequestOpened__Output>
        FinalSet: MessageTypeDefinition<_ejournal_gradebook_v1_FinalSet, _ejournal_gradebook_v1_FinalSet__Output>
        LessonRecorded: MessageTypeDefinition<_ejournal_gradebook_v1_LessonRecorded, _ejournal_gradebook_v1_LessonRecorded__Output>
        MarkFact: MessageTypeDefinition<_ejournal_gradebook_v1_MarkFact, _ejournal_gradebook_v1_MarkFact__Output>
        MarkOverAbsence: MessageTypeDefinition<_ejournal_gradebook_v1_MarkOverAbsence, _ejournal_gradebook_v1_MarkOverAbsence__Output>
      }
    }
    identity: {
      v1: {
        AccountRevoked: MessageTypeDefinition<_ejournal_identity_v1_AccountRevoked, _ejournal_identity_v1_AccountRevoked__Output>
        FamiliesCounted: MessageTypeDefinition<_ejournal_identity_v1_FamiliesCounted, _ejournal_identity_v1_FamiliesCounted__Output>
        InvitationIssued: MessageTypeDefinition<_ejournal_identity_v1_InvitationIssued, _ejournal_identity_v1_InvitationIssued__Output>
        MembersChanged: MessageTypeDefinition<_ejournal_identity_v1_MembersChanged, _ejournal_identity_v1_MembersChanged__Output>
        StaffNamed: MessageTypeDefinition<_ejournal_identity_v1_StaffNamed, _ejournal_identity_v1_StaffNamed__Output>
        StudentRegistered: MessageTypeDefinition<_ejournal_identity_v1_StudentRegistered, _ejournal_identity_v1_StudentRegistered__Output>
        TokensRevoked: MessageTypeDefinition<_ejournal_identity_v1_TokensRevoked, _ejournal_identity_v1_TokensRevoked__Output>
      }
    }
    messaging: {
      v1: {
        InboxChanged: MessageTypeDefinition<_ejournal_messaging_v1_InboxChanged, _ejournal_messaging_v1_InboxChanged__Output>
        MessagePosted: MessageTypeDefinition<_ejournal_messaging_v1_MessagePosted, _ejournal_messaging_v1_MessagePosted__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

