// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { ThematicPlan as _ejournal_curriculum_v1_ThematicPlan, ThematicPlan__Output as _ejournal_curriculum_v1_ThematicPlan__Output } from '../../../ejournal/curriculum/v1/ThematicPlan';

export interface ThematicPlans {
  'plans'?: (_ejournal_curriculum_v1_ThematicPlan)[];
}

export interface ThematicPlans__Output {
  'plans': (_ejournal_curriculum_v1_ThematicPlan__Output)[];
}
