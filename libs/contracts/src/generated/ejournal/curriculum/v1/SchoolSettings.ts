// Original file: proto/ejournal/curriculum/v1/types.proto

import type { PeriodSchemeForGrades as _ejournal_curriculum_v1_PeriodSchemeForGrades, PeriodSchemeForGrades__Output as _ejournal_curriculum_v1_PeriodSchemeForGrades__Output } from '../../../ejournal/curriculum/v1/PeriodSchemeForGrades';
import type { WorkKind as _ejournal_curriculum_v1_WorkKind, WorkKind__Output as _ejournal_curriculum_v1_WorkKind__Output } from '../../../ejournal/curriculum/v1/WorkKind';
import type { RoundingRule as _ejournal_curriculum_v1_RoundingRule, RoundingRule__Output as _ejournal_curriculum_v1_RoundingRule__Output } from '../../../ejournal/curriculum/v1/RoundingRule';
import type { Holiday as _ejournal_curriculum_v1_Holiday, Holiday__Output as _ejournal_curriculum_v1_Holiday__Output } from '../../../ejournal/curriculum/v1/Holiday';
import type { BellSchedule as _ejournal_curriculum_v1_BellSchedule, BellSchedule__Output as _ejournal_curriculum_v1_BellSchedule__Output } from '../../../ejournal/curriculum/v1/BellSchedule';
import type { MinimumMarks as _ejournal_curriculum_v1_MinimumMarks, MinimumMarks__Output as _ejournal_curriculum_v1_MinimumMarks__Output } from '../../../ejournal/curriculum/v1/MinimumMarks';
import type { Long } from '@grpc/proto-loader';

export interface SchoolSettings {
  'periodSchemes'?: (_ejournal_curriculum_v1_PeriodSchemeForGrades)[];
  'lowestMark'?: (number);
  'highestMark'?: (number);
  'workKinds'?: (_ejournal_curriculum_v1_WorkKind)[];
  'rounding'?: (_ejournal_curriculum_v1_RoundingRule | null);
  'workingWeekdays'?: (number)[];
  'holidays'?: (_ejournal_curriculum_v1_Holiday)[];
  'bellSchedules'?: (_ejournal_curriculum_v1_BellSchedule)[];
  'markCorrectionMinutes'?: (number);
  'studyWeeksFirstGrade'?: (number);
  'studyWeeks'?: (number);
  'lastGrade'?: (number);
  'version'?: (number | string | Long);
  'minimumMarks'?: (_ejournal_curriculum_v1_MinimumMarks | null);
  'timeZone'?: (string);
}

export interface SchoolSettings__Output {
  'periodSchemes': (_ejournal_curriculum_v1_PeriodSchemeForGrades__Output)[];
  'lowestMark': (number);
  'highestMark': (number);
  'workKinds': (_ejournal_curriculum_v1_WorkKind__Output)[];
  'rounding': (_ejournal_curriculum_v1_RoundingRule__Output | null);
  'workingWeekdays': (number)[];
  'holidays': (_ejournal_curriculum_v1_Holiday__Output)[];
  'bellSchedules': (_ejournal_curriculum_v1_BellSchedule__Output)[];
  'markCorrectionMinutes': (number);
  'studyWeeksFirstGrade': (number);
  'studyWeeks': (number);
  'lastGrade': (number);
  'version': (string);
  'minimumMarks': (_ejournal_curriculum_v1_MinimumMarks__Output | null);
  'timeZone': (string);
}
