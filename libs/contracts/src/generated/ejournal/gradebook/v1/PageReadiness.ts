// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface PageReadiness {
  'pageId'?: (string);
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
  'lessonsWithoutTopic'?: (number);
  'datesWithoutTopic'?: (string)[];
  'studentsWithoutFinal'?: (string)[];
  'pendingMarkRequests'?: (number);
  'pendingFinalRequests'?: (number);
}

export interface PageReadiness__Output {
  'pageId': (string);
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
  'lessonsWithoutTopic': (number);
  'datesWithoutTopic': (string)[];
  'studentsWithoutFinal': (string)[];
  'pendingMarkRequests': (number);
  'pendingFinalRequests': (number);
}
