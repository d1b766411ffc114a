// Original file: proto/ejournal/diary/v1/diary.proto


export interface ViewsCounted {
  'views'?: (number);
}

export interface ViewsCounted__Output {
  'views': (number);
}
