// Original file: proto/ejournal/diary/v1/diary.proto


export interface PageKeeping {
  'schoolIds'?: (string)[];
  'documents'?: (string)[];
  'viewClassMonth'?: (string);
  'viewSchoolId'?: (string);
  'studentKey'?: (string);
}

export interface PageKeeping__Output {
  'schoolIds': (string)[];
  'documents': (string)[];
  'viewClassMonth': (string);
  'viewSchoolId': (string);
  'studentKey': (string);
}
