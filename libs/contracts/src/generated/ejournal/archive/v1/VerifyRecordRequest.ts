// Original file: proto/ejournal/archive/v1/archive.proto


export interface VerifyRecordRequest {
  'hash'?: (string);
  'fileJson'?: (string);
}

export interface VerifyRecordRequest__Output {
  'hash': (string);
  'fileJson': (string);
}
