// Original file: proto/ejournal/curriculum/v1/events.proto


export interface _ejournal_curriculum_v1_PlanApproved_Line {
  'subjectId'?: (string);
  'hoursPerWeek'?: (number | string);
  'elective'?: (boolean);
  'passFail'?: (boolean);
}

export interface _ejournal_curriculum_v1_PlanApproved_Line__Output {
  'subjectId': (string);
  'hoursPerWeek': (number);
  'elective': (boolean);
  'passFail': (boolean);
}

export interface PlanApproved {
  'yearId'?: (string);
  'grade'?: (number);
  'lines'?: (_ejournal_curriculum_v1_PlanApproved_Line)[];
}

export interface PlanApproved__Output {
  'yearId': (string);
  'grade': (number);
  'lines': (_ejournal_curriculum_v1_PlanApproved_Line__Output)[];
}
