// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { Mark as _ejournal_gradebook_v1_Mark, Mark__Output as _ejournal_gradebook_v1_Mark__Output } from '../../../ejournal/gradebook/v1/Mark';

export interface SetMarksResult {
  'marks'?: (_ejournal_gradebook_v1_Mark)[];
}

export interface SetMarksResult__Output {
  'marks': (_ejournal_gradebook_v1_Mark__Output)[];
}
