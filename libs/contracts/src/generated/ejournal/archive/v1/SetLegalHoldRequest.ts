// Original file: proto/ejournal/archive/v1/archive.proto


export interface SetLegalHoldRequest {
  'hash'?: (string);
  'hold'?: (boolean);
  'reason'?: (string);
}

export interface SetLegalHoldRequest__Output {
  'hash': (string);
  'hold': (boolean);
  'reason': (string);
}
