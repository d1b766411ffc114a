// Original file: proto/ejournal/curriculum/v1/events.proto


export interface _ejournal_curriculum_v1_TeachingChanged_Teaching {
  'teacherId'?: (string);
  'classId'?: (string);
  'groupId'?: (string);
  'subjectId'?: (string);
}

export interface _ejournal_curriculum_v1_TeachingChanged_Teaching__Output {
  'teacherId': (string);
  'classId': (string);
  'groupId': (string);
  'subjectId': (string);
}

export interface TeachingChanged {
  'source'?: (string);
  'yearId'?: (string);
  'teaching'?: (_ejournal_curriculum_v1_TeachingChanged_Teaching)[];
}

export interface TeachingChanged__Output {
  'source': (string);
  'yearId': (string);
  'teaching': (_ejournal_curriculum_v1_TeachingChanged_Teaching__Output)[];
}
