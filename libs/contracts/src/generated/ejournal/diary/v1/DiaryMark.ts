// Original file: proto/ejournal/diary/v1/diary.proto


export interface DiaryMark {
  'markId'?: (string);
  'values'?: (number)[];
  'passFail'?: (string);
  'workKind'?: (string);
  'weight'?: (number | string);
  'comment'?: (string);
}

export interface DiaryMark__Output {
  'markId': (string);
  'values': (number)[];
  'passFail': (string);
  'workKind': (string);
  'weight': (number);
  'comment': (string);
}
