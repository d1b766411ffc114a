// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface PlanTopic {
  'number'?: (number);
  'title'?: (string);
}

export interface PlanTopic__Output {
  'number': (number);
  'title': (string);
}
