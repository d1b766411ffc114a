// Original file: proto/ejournal/diary/v1/diary.proto


export interface DiaryReadersRequest {
  'schoolId'?: (string);
  'classId'?: (string);
  'month'?: (string);
  'studentIds'?: (string)[];
}

export interface DiaryReadersRequest__Output {
  'schoolId': (string);
  'classId': (string);
  'month': (string);
  'studentIds': (string)[];
}
