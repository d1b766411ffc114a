// Original file: proto/ejournal/diary/v1/diary.proto

import type { DiaryFinal as _ejournal_diary_v1_DiaryFinal, DiaryFinal__Output as _ejournal_diary_v1_DiaryFinal__Output } from '../../../ejournal/diary/v1/DiaryFinal';

export interface Finals {
  'studentId'?: (string);
  'finals'?: (_ejournal_diary_v1_DiaryFinal)[];
}

export interface Finals__Output {
  'studentId': (string);
  'finals': (_ejournal_diary_v1_DiaryFinal__Output)[];
}
