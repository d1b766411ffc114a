// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { MarkEntry as _ejournal_gradebook_v1_MarkEntry, MarkEntry__Output as _ejournal_gradebook_v1_MarkEntry__Output } from '../../../ejournal/gradebook/v1/MarkEntry';

export interface SetMarksRequest {
  'lessonId'?: (string);
  'marks'?: (_ejournal_gradebook_v1_MarkEntry)[];
}

export interface SetMarksRequest__Output {
  'lessonId': (string);
  'marks': (_ejournal_gradebook_v1_MarkEntry__Output)[];
}
