// Original file: proto/ejournal/curriculum/v1/events.proto

import type { ClassFact as _ejournal_curriculum_v1_ClassFact, ClassFact__Output as _ejournal_curriculum_v1_ClassFact__Output } from '../../../ejournal/curriculum/v1/ClassFact';

export interface _ejournal_curriculum_v1_YearTransitioned_Promotion {
  'fromClassId'?: (string);
  'toClassId'?: (string);
}

export interface _ejournal_curriculum_v1_YearTransitioned_Promotion__Output {
  'fromClassId': (string);
  'toClassId': (string);
}

export interface YearTransitioned {
  'fromYearId'?: (string);
  'toYearId'?: (string);
  'orderNumber'?: (string);
  'newClasses'?: (_ejournal_curriculum_v1_ClassFact)[];
  'promotions'?: (_ejournal_curriculum_v1_YearTransitioned_Promotion)[];
  'graduatedClassIds'?: (string)[];
}

export interface YearTransitioned__Output {
  'fromYearId': (string);
  'toYearId': (string);
  'orderNumber': (string);
  'newClasses': (_ejournal_curriculum_v1_ClassFact__Output)[];
  'promotions': (_ejournal_curriculum_v1_YearTransitioned_Promotion__Output)[];
  'graduatedClassIds': (string)[];
}
