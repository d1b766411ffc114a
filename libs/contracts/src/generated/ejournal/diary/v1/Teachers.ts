// Original file: proto/ejournal/diary/v1/diary.proto


export interface _ejournal_diary_v1_Teachers_SubjectTeacher {
  'subjectId'?: (string);
  'teacherIds'?: (string)[];
  'subjectName'?: (string);
  'teacherNames'?: (string)[];
}

export interface _ejournal_diary_v1_Teachers_SubjectTeacher__Output {
  'subjectId': (string);
  'teacherIds': (string)[];
  'subjectName': (string);
  'teacherNames': (string)[];
}

export interface Teachers {
  'studentId'?: (string);
  'subjects'?: (_ejournal_diary_v1_Teachers_SubjectTeacher)[];
}

export interface Teachers__Output {
  'studentId': (string);
  'subjects': (_ejournal_diary_v1_Teachers_SubjectTeacher__Output)[];
}
