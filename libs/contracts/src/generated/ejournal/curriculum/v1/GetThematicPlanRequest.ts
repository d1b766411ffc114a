// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface GetThematicPlanRequest {
  'planId'?: (string);
}

export interface GetThematicPlanRequest__Output {
  'planId': (string);
}
