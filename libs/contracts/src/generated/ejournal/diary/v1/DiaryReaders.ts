// Original file: proto/ejournal/diary/v1/diary.proto


export interface _ejournal_diary_v1_DiaryReaders_Reader {
  'studentId'?: (string);
  'views'?: (number);
  'viewers'?: (number);
  'roles'?: (string)[];
}

export interface _ejournal_diary_v1_DiaryReaders_Reader__Output {
  'studentId': (string);
  'views': (number);
  'viewers': (number);
  'roles': (string)[];
}

export interface DiaryReaders {
  'students'?: (_ejournal_diary_v1_DiaryReaders_Reader)[];
}

export interface DiaryReaders__Output {
  'students': (_ejournal_diary_v1_DiaryReaders_Reader__Output)[];
}
