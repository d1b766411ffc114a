// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { ExportedLesson as _ejournal_gradebook_v1_ExportedLesson, ExportedLesson__Output as _ejournal_gradebook_v1_ExportedLesson__Output } from '../../../ejournal/gradebook/v1/ExportedLesson';

export interface ExportedLessons {
  'lessons'?: (_ejournal_gradebook_v1_ExportedLesson)[];
}

export interface ExportedLessons__Output {
  'lessons': (_ejournal_gradebook_v1_ExportedLesson__Output)[];
}
