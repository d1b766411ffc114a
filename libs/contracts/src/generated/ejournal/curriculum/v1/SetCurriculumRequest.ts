// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type { CurriculumLine as _ejournal_curriculum_v1_CurriculumLine, CurriculumLine__Output as _ejournal_curriculum_v1_CurriculumLine__Output } from '../../../ejournal/curriculum/v1/CurriculumLine';

export interface SetCurriculumRequest {
  'yearId'?: (string);
  'grade'?: (number);
  'lines'?: (_ejournal_curriculum_v1_CurriculumLine)[];
}

export interface SetCurriculumRequest__Output {
  'yearId': (string);
  'grade': (number);
  'lines': (_ejournal_curriculum_v1_CurriculumLine__Output)[];
}
