// Original file: proto/ejournal/diary/v1/diary.proto

import type { DiaryFile as _ejournal_diary_v1_DiaryFile, DiaryFile__Output as _ejournal_diary_v1_DiaryFile__Output } from '../../../ejournal/diary/v1/DiaryFile';
import type { DiaryMark as _ejournal_diary_v1_DiaryMark, DiaryMark__Output as _ejournal_diary_v1_DiaryMark__Output } from '../../../ejournal/diary/v1/DiaryMark';

export interface DiaryLesson {
  'lessonId'?: (string);
  'date'?: (string);
  'number'?: (number);
  'startsAt'?: (string);
  'endsAt'?: (string);
  'subjectId'?: (string);
  'teacherId'?: (string);
  'substituted'?: (boolean);
  'status'?: (string);
  'topic'?: (string);
  'homework'?: (string);
  'noHomework'?: (boolean);
  'individualHomework'?: (string);
  'files'?: (_ejournal_diary_v1_DiaryFile)[];
  'marks'?: (_ejournal_diary_v1_DiaryMark)[];
  'absence'?: (string);
  'periodId'?: (string);
  'subjectName'?: (string);
  'teacherName'?: (string);
  'remark'?: (string);
}

export interface DiaryLesson__Output {
  'lessonId': (string);
  'date': (string);
  'number': (number);
  'startsAt': (string);
  'endsAt': (string);
  'subjectId': (string);
  'teacherId': (string);
  'substituted': (boolean);
  'status': (string);
  'topic': (string);
  'homework': (string);
  'noHomework': (boolean);
  'individualHomework': (string);
  'files': (_ejournal_diary_v1_DiaryFile__Output)[];
  'marks': (_ejournal_diary_v1_DiaryMark__Output)[];
  'absence': (string);
  'periodId': (string);
  'subjectName': (string);
  'teacherName': (string);
  'remark': (string);
}
