// Original file: proto/ejournal/messaging/v1/events.proto


export interface InboxChanged {
  'personIds'?: (string)[];
}

export interface InboxChanged__Output {
  'personIds': (string)[];
}
