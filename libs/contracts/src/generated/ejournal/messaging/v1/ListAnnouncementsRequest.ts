// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface ListAnnouncementsRequest {
  'schoolId'?: (string);
}

export interface ListAnnouncementsRequest__Output {
  'schoolId': (string);
}
