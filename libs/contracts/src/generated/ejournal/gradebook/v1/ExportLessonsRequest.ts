// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface ExportLessonsRequest {
  'lessonIds'?: (string)[];
}

export interface ExportLessonsRequest__Output {
  'lessonIds': (string)[];
}
