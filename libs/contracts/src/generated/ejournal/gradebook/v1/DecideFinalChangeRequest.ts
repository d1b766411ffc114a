// Original file: proto/ejournal/gradebook/v1/gradebook.proto


export interface DecideFinalChangeRequest {
  'pageId'?: (string);
  'requestId'?: (string);
  'approve'?: (boolean);
  'note'?: (string);
}

export interface DecideFinalChangeRequest__Output {
  'pageId': (string);
  'requestId': (string);
  'approve': (boolean);
  'note': (string);
}
