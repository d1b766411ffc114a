// Original file: proto/ejournal/diary/v1/diary.proto

import type { DiaryLesson as _ejournal_diary_v1_DiaryLesson, DiaryLesson__Output as _ejournal_diary_v1_DiaryLesson__Output } from '../../../ejournal/diary/v1/DiaryLesson';
import type { PageKeeping as _ejournal_diary_v1_PageKeeping, PageKeeping__Output as _ejournal_diary_v1_PageKeeping__Output } from '../../../ejournal/diary/v1/PageKeeping';

export interface WeekPage {
  'studentId'?: (string);
  'week'?: (string);
  'lessons'?: (_ejournal_diary_v1_DiaryLesson)[];
  'keeping'?: (_ejournal_diary_v1_PageKeeping | null);
}

export interface WeekPage__Output {
  'studentId': (string);
  'week': (string);
  'lessons': (_ejournal_diary_v1_DiaryLesson__Output)[];
  'keeping': (_ejournal_diary_v1_PageKeeping__Output | null);
}
