// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface ConfirmAnnouncementRequest {
  'announcementId'?: (string);
}

export interface ConfirmAnnouncementRequest__Output {
  'announcementId': (string);
}
