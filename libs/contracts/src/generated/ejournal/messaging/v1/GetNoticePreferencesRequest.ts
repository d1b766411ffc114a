// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface GetNoticePreferencesRequest {
}

export interface GetNoticePreferencesRequest__Output {
}
