// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface TimetableEntry {
  'weekday'?: (number);
  'lessonNumber'?: (number);
  'subjectId'?: (string);
  'groupId'?: (string);
  'teacherId'?: (string);
  'roomId'?: (string);
}

export interface TimetableEntry__Output {
  'weekday': (number);
  'lessonNumber': (number);
  'subjectId': (string);
  'groupId': (string);
  'teacherId': (string);
  'roomId': (string);
}
