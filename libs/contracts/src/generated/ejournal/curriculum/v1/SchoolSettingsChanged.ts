// Original file: proto/ejournal/curriculum/v1/events.proto

import type { SchoolSettings as _ejournal_curriculum_v1_SchoolSettings, SchoolSettings__Output as _ejournal_curriculum_v1_SchoolSettings__Output } from '../../../ejournal/curriculum/v1/SchoolSettings';

export interface SchoolSettingsChanged {
  'schoolId'?: (string);
  'settings'?: (_ejournal_curriculum_v1_SchoolSettings | null);
}

export interface SchoolSettingsChanged__Output {
  'schoolId': (string);
  'settings': (_ejournal_curriculum_v1_SchoolSettings__Output | null);
}
