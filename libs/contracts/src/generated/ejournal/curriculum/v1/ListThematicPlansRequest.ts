// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface ListThematicPlansRequest {
  'yearId'?: (string);
}

export interface ListThematicPlansRequest__Output {
  'yearId': (string);
}
