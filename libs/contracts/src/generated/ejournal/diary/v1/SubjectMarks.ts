// Original file: proto/ejournal/diary/v1/diary.proto

import type { DiaryMark as _ejournal_diary_v1_DiaryMark, DiaryMark__Output as _ejournal_diary_v1_DiaryMark__Output } from '../../../ejournal/diary/v1/DiaryMark';

export interface SubjectMarks {
  'subjectId'?: (string);
  'marks'?: (_ejournal_diary_v1_DiaryMark)[];
  'average'?: (number | string);
  'subjectName'?: (string);
}

export interface SubjectMarks__Output {
  'subjectId': (string);
  'marks': (_ejournal_diary_v1_DiaryMark__Output)[];
  'average': (number);
  'subjectName': (string);
}
