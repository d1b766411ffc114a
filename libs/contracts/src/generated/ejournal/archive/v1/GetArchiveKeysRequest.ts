// Original file: proto/ejournal/archive/v1/archive.proto


export interface GetArchiveKeysRequest {
  'schoolId'?: (string);
}

export interface GetArchiveKeysRequest__Output {
  'schoolId': (string);
}
