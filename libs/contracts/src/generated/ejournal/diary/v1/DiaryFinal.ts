// Original file: proto/ejournal/diary/v1/diary.proto


export interface DiaryFinal {
  'subjectId'?: (string);
  'periodId'?: (string);
  'value'?: (number);
}

export interface DiaryFinal__Output {
  'subjectId': (string);
  'periodId': (string);
  'value': (number);
}
