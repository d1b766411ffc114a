// Original file: proto/ejournal/diary/v1/diary.proto

import type { SubjectMarks as _ejournal_diary_v1_SubjectMarks, SubjectMarks__Output as _ejournal_diary_v1_SubjectMarks__Output } from '../../../ejournal/diary/v1/SubjectMarks';

export interface CurrentMarks {
  'studentId'?: (string);
  'periodId'?: (string);
  'subjects'?: (_ejournal_diary_v1_SubjectMarks)[];
}

export interface CurrentMarks__Output {
  'studentId': (string);
  'periodId': (string);
  'subjects': (_ejournal_diary_v1_SubjectMarks__Output)[];
}
