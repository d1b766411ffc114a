// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface ReadinessTotals {
  'pages'?: (number);
  'incompletePages'?: (number);
  'lessonsWithoutTopic'?: (number);
  'studentsWithoutFinal'?: (number);
  'pendingChangeRequests'?: (number);
}

export interface ReadinessTotals__Output {
  'pages': (number);
  'incompletePages': (number);
  'lessonsWithoutTopic': (number);
  'studentsWithoutFinal': (number);
  'pendingChangeRequests': (number);
}
