// Original file: proto/ejournal/diary/v1/events.proto


export interface PagesChanged {
  'documents'?: (string)[];
}

export interface PagesChanged__Output {
  'documents': (string)[];
}
