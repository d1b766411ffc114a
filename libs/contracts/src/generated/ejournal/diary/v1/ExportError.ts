// Original file: proto/ejournal/diary/v1/diary.proto


export interface ExportError {
  'what'?: (string);
  'reason'?: (string);
}

export interface ExportError__Output {
  'what': (string);
  'reason': (string);
}
