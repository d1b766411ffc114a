// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { SchoolSettings as _ejournal_curriculum_v1_SchoolSettings, SchoolSettings__Output as _ejournal_curriculum_v1_SchoolSettings__Output } from '../../../ejournal/curriculum/v1/SchoolSettings';

export interface UpdateSchoolSettingsRequest {
  'schoolId'?: (string);
  'settings'?: (_ejournal_curriculum_v1_SchoolSettings | null);
}

export interface UpdateSchoolSettingsRequest__Output {
  'schoolId': (string);
  'settings': (_ejournal_curriculum_v1_SchoolSettings__Output | null);
}
