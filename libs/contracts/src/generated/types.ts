import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Bell as _ejournal_curriculum_v1_Bell, Bell__Output as _ejournal_curriculum_v1_Bell__Output } from './ejournal/curriculum/v1/Bell';
import type { BellSchedule as _ejournal_curriculum_v1_BellSchedule, BellSchedule__Output as _ejournal_curriculum_v1_BellSchedule__Output } from './ejournal/curriculum/v1/BellSchedule';
import type { Holiday as _ejournal_curriculum_v1_Holiday, Holiday__Output as _ejournal_curriculum_v1_Holiday__Output } from './ejournal/curriculum/v1/Holiday';
import type { Lesson as _ejournal_curriculum_v1_Lesson, Lesson__Output as _ejournal_curriculum_v1_Lesson__Output } from './ejournal/curriculum/v1/Lesson';
import type { MinimumMarks as _ejournal_curriculum_v1_MinimumMarks, MinimumMarks__Output as _ejournal_curriculum_v1_MinimumMarks__Output } from './ejournal/curriculum/v1/MinimumMarks';
import type { Period as _ejournal_curriculum_v1_Period, Period__Output as _ejournal_curriculum_v1_Period__Output } from './ejournal/curriculum/v1/Period';
import type { PeriodSchemeForGrades as _ejournal_curriculum_v1_PeriodSchemeForGrades, PeriodSchemeForGrades__Output as _ejournal_curriculum_v1_PeriodSchemeForGrades__Output } from './ejournal/curriculum/v1/PeriodSchemeForGrades';
import type { Placement as _ejournal_curriculum_v1_Placement, Placement__Output as _ejournal_curriculum_v1_Placement__Output } from './ejournal/curriculum/v1/Placement';
import type { RoundingRule as _ejournal_curriculum_v1_RoundingRule, RoundingRule__Output as _ejournal_curriculum_v1_RoundingRule__Output } from './ejournal/curriculum/v1/RoundingRule';
import type { SchoolSettings as _ejournal_curriculum_v1_SchoolSettings, SchoolSettings__Output as _ejournal_curriculum_v1_SchoolSettings__Output } from './ejournal/curriculum/v1/SchoolSettings';
import type { WorkKind as _ejournal_curriculum_v1_WorkKind, WorkKind__Output as _ejournal_curriculum_v1_WorkKind__Output } from './ejournal/curriculum/v1/WorkKind';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    curriculum: {
      v1: {
        Bell: MessageTypeDefinition<_ejournal_curriculum_v1_Bell, _ejournal_curriculum_v1_Bell__Output>
        BellSchedule: MessageTypeDefinition<_ejournal_curriculum_v1_BellSchedule, _ejournal_curriculum_v1_BellSchedule__Output>
        Holiday: MessageTypeDefinition<_ejournal_curriculum_v1_Holiday, _ejournal_curriculum_v1_Holiday__Output>
        Lesson: MessageTypeDefinition<_ejournal_curriculum_v1_Lesson, _ejournal_curriculum_v1_Lesson__Output>
        MinimumMarks: MessageTypeDefinition<_ejournal_curriculum_v1_MinimumMarks, _ejournal_curriculum_v1_MinimumMarks__Output>
        Period: MessageTypeDefinition<_ejournal_curriculum_v1_Period, _ejournal_curriculum_v1_Period__Output>
        PeriodScheme: EnumTypeDefinition
        PeriodSchemeForGrades: MessageTypeDefinition<_ejournal_curriculum_v1_PeriodSchemeForGrades, _ejournal_curriculum_v1_PeriodSchemeForGrades__Output>
        Placement: MessageTypeDefinition<_ejournal_curriculum_v1_Placement, _ejournal_curriculum_v1_Placement__Output>
        RoundingRule: MessageTypeDefinition<_ejournal_curriculum_v1_RoundingRule, _ejournal_curriculum_v1_RoundingRule__Output>
        SchoolSettings: MessageTypeDefinition<_ejournal_curriculum_v1_SchoolSettings, _ejournal_curriculum_v1_SchoolSettings__Output>
        WorkKind: MessageTypeDefinition<_ejournal_curriculum_v1_WorkKind, _ejournal_curriculum_v1_WorkKind__Output>
      }
    }
  }
}

