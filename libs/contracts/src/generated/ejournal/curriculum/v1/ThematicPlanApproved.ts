// Original file: proto/ejournal/curriculum/v1/events.proto


export interface _ejournal_curriculum_v1_ThematicPlanApproved_PlannedTopic {
  'number'?: (number);
  'title'?: (string);
  'hours'?: (number | string);
}

export interface _ejournal_curriculum_v1_ThematicPlanApproved_PlannedTopic__Output {
  'number': (number);
  'title': (string);
  'hours': (number);
}

export interface ThematicPlanApproved {
  'planId'?: (string);
  'yearId'?: (string);
  'grade'?: (number);
  'subjectId'?: (string);
  'teacherId'?: (string);
  'topics'?: (_ejournal_curriculum_v1_ThematicPlanApproved_PlannedTopic)[];
}

export interface ThematicPlanApproved__Output {
  'planId': (string);
  'yearId': (string);
  'grade': (number);
  'subjectId': (string);
  'teacherId': (string);
  'topics': (_ejournal_curriculum_v1_ThematicPlanApproved_PlannedTopic__Output)[];
}
