// Original file: proto/ejournal/archive/v1/archive.proto


export interface RecordKey {
  'hash'?: (string);
}

export interface RecordKey__Output {
  'hash': (string);
}
