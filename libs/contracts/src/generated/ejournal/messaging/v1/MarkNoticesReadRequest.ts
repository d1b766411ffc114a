// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface MarkNoticesReadRequest {
  'noticeIds'?: (string)[];
}

export interface MarkNoticesReadRequest__Output {
  'noticeIds': (string)[];
}
