// Original file: proto/ejournal/archive/v1/archive.proto


export interface ListArchivingsRequest {
  'schoolId'?: (string);
}

export interface ListArchivingsRequest__Output {
  'schoolId': (string);
}
