// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface JournalPageKey {
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'periodId'?: (string);
}

export interface JournalPageKey__Output {
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'periodId': (string);
}
