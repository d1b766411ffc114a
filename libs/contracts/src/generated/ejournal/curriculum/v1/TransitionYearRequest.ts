// Original file: proto/ejournal/curriculum/v1/curriculum.proto


export interface TransitionYearRequest {
  'fromYearId'?: (string);
  'toYearId'?: (string);
  'orderNumber'?: (string);
  'dryRun'?: (boolean);
}

export interface TransitionYearRequest__Output {
  'fromYearId': (string);
  'toYearId': (string);
  'orderNumber': (string);
  'dryRun': (boolean);
}
