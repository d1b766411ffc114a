// Original file: proto/ejournal/diary/v1/diary.proto


export interface DiaryFinal {
  'subjectId'?: (string);
  'periodId'?: (string);
  'value'?: (number);
  'kind'?: (string);
  'notAttested'?: (boolean);
  'subjectName'?: (string);
}

export interface DiaryFinal__Output {
  'subjectId': (string);
  'periodId': (string);
  'value': (number);
  'kind': (string);
  'notAttested': (boolean);
  'subjectName': (string);
}
