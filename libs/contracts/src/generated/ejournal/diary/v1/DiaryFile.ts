// Original file: proto/ejournal/diary/v1/diary.proto


export interface DiaryFile {
  'id'?: (string);
  'name'?: (string);
  'contentType'?: (string);
  'size'?: (number);
}

export interface DiaryFile__Output {
  'id': (string);
  'name': (string);
  'contentType': (string);
  'size': (number);
}
