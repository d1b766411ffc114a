// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { ClassPromotion as _ejournal_curriculum_v1_ClassPromotion, ClassPromotion__Output as _ejournal_curriculum_v1_ClassPromotion__Output } from '../../../ejournal/curriculum/v1/ClassPromotion';

export interface TransitionPlan {
  'fromYearId'?: (string);
  'toYearId'?: (string);
  'promotions'?: (_ejournal_curriculum_v1_ClassPromotion)[];
  'problems'?: (string)[];
  'performed'?: (boolean);
}

export interface TransitionPlan__Output {
  'fromYearId': (string);
  'toYearId': (string);
  'promotions': (_ejournal_curriculum_v1_ClassPromotion__Output)[];
  'problems': (string)[];
  'performed': (boolean);
}
