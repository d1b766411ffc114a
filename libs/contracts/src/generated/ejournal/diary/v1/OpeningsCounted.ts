// Original file: proto/ejournal/diary/v1/events.proto


export interface OpeningsCounted {
  'week'?: (string);
  'openings'?: (number);
  'pupilsOpened'?: (number);
}

export interface OpeningsCounted__Output {
  'week': (string);
  'openings': (number);
  'pupilsOpened': (number);
}
