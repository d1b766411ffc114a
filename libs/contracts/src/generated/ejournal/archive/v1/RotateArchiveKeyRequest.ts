// Original file: proto/ejournal/archive/v1/archive.proto


export interface RotateArchiveKeyRequest {
  'schoolId'?: (string);
}

export interface RotateArchiveKeyRequest__Output {
  'schoolId': (string);
}
