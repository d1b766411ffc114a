// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface ListCorrespondentsRequest {
  'schoolId'?: (string);
}

export interface ListCorrespondentsRequest__Output {
  'schoolId': (string);
}
