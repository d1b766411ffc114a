import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Announcement as _ejournal_messaging_v1_Announcement, Announcement__Output as _ejournal_messaging_v1_Announcement__Output } from './ejournal/messaging/v1/Announcement';
import type { AnnouncementList as _ejournal_messaging_v1_AnnouncementList, AnnouncementList__Output as _ejournal_messaging_v1_AnnouncementList__Output } from './ejournal/messaging/v1/AnnouncementList';
import type { AttachFileRequest as _ejournal_messaging_v1_AttachFileRequest, AttachFileRequest__Output as _ejournal_messaging_v1_AttachFileRequest__Output } from './ejournal/messaging/v1/AttachFileRequest';
import type { Attachment as _ejournal_messaging_v1_Attachment, Attachment__Output as _ejournal_messaging_v1_Attachment__Output } from './ejournal/messaging/v1/Attachment';
import type { Audience as _ejournal_messaging_v1_Audience, Audience__Output as _ejournal_messaging_v1_Audience__Output } from './ejournal/messaging/v1/Audience';
import type { ConfirmAnnouncementRequest as _ejournal_messaging_v1_ConfirmAnnouncementRequest, ConfirmAnnouncementRequest__Output as _ejournal_messaging_v1_ConfirmAnnouncementRequest__Output } from './ejournal/messaging/v1/ConfirmAnnouncementRequest';
import type { Confirmation as _ejournal_messaging_v1_Confirmation, Confirmation__Output as _ejournal_messaging_v1_Confirmation__Output } from './ejournal/messaging/v1/Confirmation';
import type { Correspondent as _ejournal_messaging_v1_Correspondent, Correspondent__Output as _ejournal_messaging_v1_Correspondent__Output } from './ejournal/messaging/v1/Correspondent';
import type { Correspondents as _ejournal_messaging_v1_Correspondents, Correspondents__Output as _ejournal_messaging_v1_Correspondents__Output } from './ejournal/messaging/v1/Correspondents';
import type { Delivery as _ejournal_messaging_v1_Delivery, Delivery__Output as _ejournal_messaging_v1_Delivery__Output } from './ejournal/messaging/v1/Delivery';
import type { FileContent as _ejournal_messaging_v1_FileContent, FileContent__Output as _ejournal_messaging_v1_FileContent__Output } from './ejournal/messaging/v1/FileContent';
import type { GetFileRequest as _ejournal_messaging_v1_GetFileRequest, GetFileRequest__Output as _ejournal_messaging_v1_GetFileRequest__Output } from './ejournal/messaging/v1/GetFileRequest';
import type { GetNoticePreferencesRequest as _ejournal_messaging_v1_GetNoticePreferencesRequest, GetNoticePreferencesRequest__Output as _ejournal_messaging_v1_GetNoticePreferencesRequest__Output } from './ejournal/messaging/v1/GetNoticePreferencesRequest';
import type { GetThreadRequest as _ejournal_messaging_v1_GetThreadRequest, GetThreadRequest__Output as _ejournal_messaging_v1_GetThreadRequest__Output } from './ejournal/messaging/v1/GetThreadRequest';
import type { GetUnreadCountsRequest as _ejournal_messaging_v1_GetUnreadCountsRequest, GetUnreadCountsRequest__Output as _ejournal_messaging_v1_GetUnreadCountsRequest__Output } from './ejournal/messaging/v1/GetUnreadCountsRequest';
import type { KindChannels as _ejournal_messaging_v1_KindChannels, KindChannels__Output as _ejournal_messaging_v1_KindChannels__Output } from './ejournal/messaging/v1/KindChannels';
import type { ListAnnouncementsRequest as _ejournal_messaging_v1_ListAnnouncementsRequest, ListAnnouncementsRequest__Output as _ejournal_messaging_v1_ListAnnouncementsRequest__Output } from './ejournal/messaging/v1/ListAnnouncementsRequest';
import type { ListCorrespondentsRequest as _ejournal_messaging_v1_ListCorrespondentsRequest, ListCorrespondentsRequest__Output as _ejournal_messaging_v1_ListCorrespondentsRequest__Output } from './ejournal/messaging/v1/ListCorrespondentsRequest';
import type { ListNoticesRequest as _ejournal_messaging_v1_ListNoticesRequest, ListNoticesRequest__Output as _ejournal_messaging_v1_ListNoticesRequest__Output } from './ejournal/messaging/v1/ListNoticesRequest';
import type { ListThreadsRequest as _ejournal_messaging_v1_ListThreadsRequest, ListThreadsRequest__Output as _ejournal_messaging_v1_ListThreadsRequest__Output } from './ejournal/messaging/v1/ListThreadsRequest';
import type { MarkNoticesReadRequest as _ejournal_messaging_v1_MarkNoticesReadRequest, MarkNoticesReadRequest__Output as _ejournal_messaging_v1_MarkNoticesReadRequest__Output } from './ejournal/messaging/v1/MarkNoticesReadRequest';
import type { MarkThreadReadRequest as _ejournal_messaging_v1_MarkThreadReadRequest, MarkThreadReadRequest__Output as _ejournal_messaging_v1_MarkThreadReadRequest__Output } from './ejournal/messaging/v1/MarkThreadReadRequest';
import type { Message as _ejournal_messaging_v1_Message, Message__Output as _ejournal_messaging_v1_Message__Output } from './ejournal/messaging/v1/Message';
import type { MessagingServiceClient as _ejournal_messaging_v1_MessagingServiceClient, MessagingServiceDefinition as _ejournal_messaging_v1_MessagingServiceDefinition } from './ejournal/messaging/v1/MessagingService';
import type { Notice as _ejournal_messaging_v1_Notice, Notice__Output as _ejournal_messaging_v1_Notice__Output } from './ejournal/messaging/v1/Notice';
import type { NoticeList as _ejournal_messaging_v1_NoticeList, NoticeList__Output as _ejournal_messaging_v1_NoticeList__Output } from './ejournal/messaging/v1/NoticeList';
import type { NoticePreferences as _ejournal_messaging_v1_NoticePreferences, NoticePreferences__Output as _ejournal_messaging_v1_NoticePreferences__Output } from './ejournal/messaging/v1/NoticePreferences';
import type { Participant as _ejournal_messaging_v1_Participant, Participant__Output as _ejournal_messaging_v1_Participant__Output } from './ejournal/messaging/v1/Participant';
import type { PostMessageRequest as _ejournal_messaging_v1_PostMessageRequest, PostMessageRequest__Output as _ejournal_messaging_v1_PostMessageRequest__Output } from './ejournal/messaging/v1/PostMessageRequest';
import type { PrintProgressLettersRequest as _ejournal_messaging_v1_PrintProgressLettersRequest, PrintProgressLettersRequest__Output as _ejournal_messaging_v1_PrintProgressLettersRequest__Output } from './ejournal/messaging/v1/PrintProgressLettersRequest';
import type { ProgressLetters as _ejournal_messaging_v1_ProgressLetters, ProgressLetters__Output as _ejournal_messaging_v1_ProgressLetters__Output } from './ejournal/messaging/v1/ProgressLetters';
import type { PublishAnnouncementRequest as _ejournal_messaging_v1_PublishAnnouncementRequest, PublishAnnouncementRequest__Output as _ejournal_messaging_v1_PublishAnnouncementRequest__Output } from './ejournal/messaging/v1/PublishAnnouncementRequest';
import type { Receipt as _ejournal_messaging_v1_Receipt, Receipt__Output as _ejournal_messaging_v1_Receipt__Output } from './ejournal/messaging/v1/Receipt';
import type { ReportMessageRequest as _ejournal_messaging_v1_ReportMessageRequest, ReportMessageRequest__Output as _ejournal_messaging_v1_ReportMessageRequest__Output } from './ejournal/messaging/v1/ReportMessageRequest';
import type { ReportMessageResponse as _ejournal_messaging_v1_ReportMessageResponse, ReportMessageResponse__Output as _ejournal_messaging_v1_ReportMessageResponse__Output } from './ejournal/messaging/v1/ReportMessageResponse';
import type { StartThreadRequest as _ejournal_messaging_v1_StartThreadRequest, StartThreadRequest__Output as _ejournal_messaging_v1_StartThreadRequest__Output } from './ejournal/messaging/v1/StartThreadRequest';
import type { Thread as _ejournal_messaging_v1_Thread, Thread__Output as _ejournal_messaging_v1_Thread__Output } from './ejournal/messaging/v1/Thread';
import type { ThreadList as _ejournal_messaging_v1_ThreadList, ThreadList__Output as _ejournal_messaging_v1_ThreadList__Output } from './ejournal/messaging/v1/ThreadList';
import type { UnreadCounts as _ejournal_messaging_v1_UnreadCounts, UnreadCounts__Output as _ejournal_messaging_v1_UnreadCounts__Output } from './ejournal/messaging/v1/UnreadCounts';
import type { WithdrawMessageRequest as _ejournal_messaging_v1_WithdrawMessageRequest, WithdrawMessageRequest__Output as _ejournal_messaging_v1_WithdrawMessageRequest__Output } from './ejournal/messaging/v1/WithdrawMessageRequest';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    messaging: {
      v1: {
        Announcement: MessageTypeDefinition<_ejournal_messaging_v1_Announcement, _ejournal_messaging_v1_Announcement__Output>
        AnnouncementList: MessageTypeDefinition<_ejournal_messaging_v1_AnnouncementList, _ejournal_messaging_v1_AnnouncementList__Output>
        AttachFileRequest: MessageTypeDefinition<_ejournal_messaging_v1_AttachFileRequest, _ejournal_messaging_v1_AttachFileRequest__Output>
        Attachment: MessageTypeDefinition<_ejournal_messaging_v1_Attachment, _ejournal_messaging_v1_Attachment__Output>
        Audience: MessageTypeDefinition<_ejournal_messaging_v1_Audience, _ejournal_messaging_v1_Audience__Output>
        ConfirmAnnouncementRequest: MessageTypeDefinition<_ejournal_messaging_v1_ConfirmAnnouncementRequest, _ejournal_messaging_v1_ConfirmAnnouncementRequest__Output>
        Confirmation: MessageTypeDefinition<_ejournal_messaging_v1_Confirmation, _ejournal_messaging_v1_Confirmation__Output>
        Correspondent: MessageTypeDefinition<_ejournal_messaging_v1_Correspondent, _ejournal_messaging_v1_Correspondent__Output>
        Correspondents: MessageTypeDefinition<_ejournal_messaging_v1_Correspondents, _ejournal_messaging_v1_Correspondents__Output>
        Delivery: MessageTypeDefinition<_ejournal_messaging_v1_Delivery, _ejournal_messaging_v1_Delivery__Output>
        FileContent: MessageTypeDefinition<_ejournal_messaging_v1_FileContent, _ejournal_messaging_v1_FileContent__Output>
        GetFileRequest: MessageTypeDefinition<_ejournal_messaging_v1_GetFileRequest, _ejournal_messaging_v1_GetFileRequest__Output>
        GetNoticePreferencesRequest: MessageTypeDefinition<_ejournal_messaging_v1_GetNoticePreferencesRequest, _ejournal_messaging_v1_GetNoticePreferencesRequest__Output>
        GetThreadRequest: MessageTypeDefinition<_ejournal_messaging_v1_GetThreadRequest, _ejournal_messaging_v1_GetThreadRequest__Output>
        GetUnreadCountsRequest: MessageTypeDefinition<_ejournal_messaging_v1_GetUnreadCountsRequest, _ejournal_messaging_v1_GetUnreadCountsRequest__Output>
        KindChannels: MessageTypeDefinition<_ejournal_messaging_v1_KindChannels, _ejournal_messaging_v1_KindChannels__Output>
        ListAnnouncementsRequest: MessageTypeDefinition<_ejournal_messaging_v1_ListAnnouncementsRequest, _ejournal_messaging_v1_ListAnnouncementsRequest__Output>
        ListCorrespondentsRequest: MessageTypeDefinition<_ejournal_messaging_v1_ListCorrespondentsRequest, _ejournal_messaging_v1_ListCorrespondentsRequest__Output>
        ListNoticesRequest: MessageTypeDefinition<_ejournal_messaging_v1_ListNoticesRequest, _ejournal_messaging_v1_ListNoticesRequest__Output>
        ListThreadsRequest: MessageTypeDefinition<_ejournal_messaging_v1_ListThreadsRequest, _ejournal_messaging_v1_ListThreadsRequest__Output>
        MarkNoticesReadRequest: MessageTypeDefinition<_ejournal_messaging_v1_MarkNoticesReadRequest, _ejournal_messaging_v1_MarkNoticesReadRequest__Output>
        MarkThreadReadRequest: MessageTypeDefinition<_ejournal_messaging_v1_MarkThreadReadRequest, _ejournal_messaging_v1_MarkThreadReadRequest__Output>
        Message: MessageTypeDefinition<_ejournal_messaging_v1_Message, _ejournal_messaging_v1_Message__Output>
        MessagingService: SubtypeConstructor<typeof grpc.Client, _ejournal_messaging_v1_MessagingServiceClient> & { service: _ejournal_messaging_v1_MessagingServiceDefinition }
        Notice: MessageTypeDefinition<_ejournal_messaging_v1_Notice, _ejournal_messaging_v1_Notice__Output>
        NoticeList: MessageTypeDefinition<_ejournal_messaging_v1_NoticeList, _ejournal_messaging_v1_NoticeList__Output>
        NoticePreferences: MessageTypeDefinition<_ejournal_messaging_v1_NoticePreferences, _ejournal_messaging_v1_NoticePreferences__Output>
        Participant: MessageTypeDefinition<_ejournal_messaging_v1_Participant, _ejournal_messaging_v1_Participant__Output>
        PostMessageRequest: MessageTypeDefinition<_ejournal_messaging_v1_PostMessageRequest, _ejournal_messaging_v1_PostMessageRequest__Output>
        PrintProgressLettersRequest: MessageTypeDefinition<_ejournal_messaging_v1_PrintProgressLettersRequest, _ejournal_messaging_v1_PrintProgressLettersRequest__Output>
        ProgressLetters: MessageTypeDefinition<_ejournal_messaging_v1_ProgressLetters, _ejournal_messaging_v1_ProgressLetters__Output>
        PublishAnnouncementRequest: MessageTypeDefinition<_ejournal_messaging_v1_PublishAnnouncementRequest, _ejournal_messaging_v1_PublishAnnouncementRequest__Output>
        Receipt: MessageTypeDefinition<_ejournal_messaging_v1_Receipt, _ejournal_messaging_v1_Receipt__Output>
        ReportMessageRequest: MessageTypeDefinition<_ejournal_messaging_v1_ReportMessageRequest, _ejournal_messaging_v1_ReportMessageRequest__Output>
        ReportMessageResponse: MessageTypeDefinition<_ejournal_messaging_v1_ReportMessageResponse, _ejournal_messaging_v1_ReportMessageResponse__Output>
        StartThreadRequest: MessageTypeDefinition<_ejournal_messaging_v1_StartThreadRequest, _ejournal_messaging_v1_StartThreadRequest__Output>
        Thread: MessageTypeDefinition<_ejournal_messaging_v1_Thread, _ejournal_messaging_v1_Thread__Output>
        ThreadList: MessageTypeDefinition<_ejournal_messaging_v1_ThreadList, _ejournal_messaging_v1_ThreadList__Output>
        UnreadCounts: MessageTypeDefinition<_ejournal_messaging_v1_UnreadCounts, _ejournal_messaging_v1_UnreadCounts__Output>
        WithdrawMessageRequest: MessageTypeDefinition<_ejournal_messaging_v1_WithdrawMessageRequest, _ejournal_messaging_v1_WithdrawMessageRequest__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

