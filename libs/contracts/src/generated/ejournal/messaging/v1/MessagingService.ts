// Original file: proto/ejournal/messaging/v1/messaging.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Announcement as _ejournal_messaging_v1_Announcement, Announcement__Output as _ejournal_messaging_v1_Announcement__Output } from '../../../ejournal/messaging/v1/Announcement';
import type { AnnouncementList as _ejournal_messaging_v1_AnnouncementList, AnnouncementList__Output as _ejournal_messaging_v1_AnnouncementList__Output } from '../../../ejournal/messaging/v1/AnnouncementList';
import type { AttachFileRequest as _ejournal_messaging_v1_AttachFileRequest, AttachFileRequest__Output as _ejournal_messaging_v1_AttachFileRequest__Output } from '../../../ejournal/messaging/v1/AttachFileRequest';
import type { ConfirmAnnouncementRequest as _ejournal_messaging_v1_ConfirmAnnouncementRequest, ConfirmAnnouncementRequest__Output as _ejournal_messaging_v1_ConfirmAnnouncementRequest__Output } from '../../../ejournal/messaging/v1/ConfirmAnnouncementRequest';
import type { Correspondents as _ejournal_messaging_v1_Correspondents, Correspondents__Output as _ejournal_messaging_v1_Correspondents__Output } from '../../../ejournal/messaging/v1/Correspondents';
import type { FileContent as _ejournal_messaging_v1_FileContent, FileContent__Output as _ejournal_messaging_v1_FileContent__Output } from '../../../ejournal/messaging/v1/FileContent';
import type { GetFileRequest as _ejournal_messaging_v1_GetFileRequest, GetFileRequest__Output as _ejournal_messaging_v1_GetFileRequest__Output } from '../../../ejournal/messaging/v1/GetFileRequest';
import type { GetNoticePreferencesRequest as _ejournal_messaging_v1_GetNoticePreferencesRequest, GetNoticePreferencesRequest__Output as _ejournal_messaging_v1_GetNoticePreferencesRequest__Output } from '../../../ejournal/messaging/v1/GetNoticePreferencesRequest';
import type { GetThreadRequest as _ejournal_messaging_v1_GetThreadRequest, GetThreadRequest__Output as _ejournal_messaging_v1_GetThreadRequest__Output } from '../../../ejournal/messaging/v1/GetThreadRequest';
import type { GetUnreadCountsRequest as _ejournal_messaging_v1_GetUnreadCountsRequest, GetUnreadCountsRequest__Output as _ejournal_messaging_v1_GetUnreadCountsRequest__Output } from '../../../ejournal/messaging/v1/GetUnreadCountsRequest';
import type { ListAnnouncementsRequest as _ejournal_messaging_v1_ListAnnouncementsRequest, ListAnnouncementsRequest__Output as _ejournal_messaging_v1_ListAnnouncementsRequest__Output } from '../../../ejournal/messaging/v1/ListAnnouncementsRequest';
import type { ListCorrespondentsRequest as _ejournal_messaging_v1_ListCorrespondentsRequest, ListCorrespondentsRequest__Output as _ejournal_messaging_v1_ListCorrespondentsRequest__Output } from '../../../ejournal/messaging/v1/ListCorrespondentsRequest';
import type { ListNoticesRequest as _ejournal_messaging_v1_ListNoticesRequest, ListNoticesRequest__Output as _ejournal_messaging_v1_ListNoticesRequest__Output } from '../../../ejournal/messaging/v1/ListNoticesRequest';
import type { ListThreadsRequest as _ejournal_messaging_v1_ListThreadsRequest, ListThreadsRequest__Output as _ejournal_messaging_v1_ListThreadsRequest__Output } from '../../../ejournal/messaging/v1/ListThreadsRequest';
import type { MarkNoticesReadRequest as _ejournal_messaging_v1_MarkNoticesReadRequest, MarkNoticesReadRequest__Output as _ejournal_messaging_v1_MarkNoticesReadRequest__Output } from '../../../ejournal/messaging/v1/MarkNoticesReadRequest';
import type { MarkThreadReadRequest as _ejournal_messaging_v1_MarkThreadReadRequest, MarkThreadReadRequest__Output as _ejournal_messaging_v1_MarkThreadReadRequest__Output } from '../../../ejournal/messaging/v1/MarkThreadReadRequest';
import type { NoticeList as _ejournal_messaging_v1_NoticeList, NoticeList__Output as _ejournal_messaging_v1_NoticeList__Output } from '../../../ejournal/messaging/v1/NoticeList';
import type { NoticePreferences as _ejournal_messaging_v1_NoticePreferences, NoticePreferences__Output as _ejournal_messaging_v1_NoticePreferences__Output } from '../../../ejournal/messaging/v1/NoticePreferences';
import type { PostMessageRequest as _ejournal_messaging_v1_PostMessageRequest, PostMessageRequest__Output as _ejournal_messaging_v1_PostMessageRequest__Output } from '../../../ejournal/messaging/v1/PostMessageRequest';
import type { PrintProgressLettersRequest as _ejournal_messaging_v1_PrintProgressLettersRequest, PrintProgressLettersRequest__Output as _ejournal_messaging_v1_PrintProgressLettersRequest__Output } from '../../../ejournal/messaging/v1/PrintProgressLettersRequest';
import type { ProgressLetters as _ejournal_messaging_v1_ProgressLetters, ProgressLetters__Output as _ejournal_messaging_v1_ProgressLetters__Output } from '../../../ejournal/messaging/v1/ProgressLetters';
import type { PublishAnnouncementRequest as _ejournal_messaging_v1_PublishAnnouncementRequest, PublishAnnouncementRequest__Output as _ejournal_messaging_v1_PublishAnnouncementRequest__Output } from '../../../ejournal/messaging/v1/PublishAnnouncementRequest';
import type { ReportMessageRequest as _ejournal_messaging_v1_ReportMessageRequest, ReportMessageRequest__Output as _ejournal_messaging_v1_ReportMessageRequest__Output } from '../../../ejournal/messaging/v1/ReportMessageRequest';
import type { ReportMessageResponse as _ejournal_messaging_v1_ReportMessageResponse, ReportMessageResponse__Output as _ejournal_messaging_v1_ReportMessageResponse__Output } from '../../../ejournal/messaging/v1/ReportMessageResponse';
import type { StartThreadRequest as _ejournal_messaging_v1_StartThreadRequest, StartThreadRequest__Output as _ejournal_messaging_v1_StartThreadRequest__Output } from '../../../ejournal/messaging/v1/StartThreadRequest';
import type { Thread as _ejournal_messaging_v1_Thread, Thread__Output as _ejournal_messaging_v1_Thread__Output } from '../../../ejournal/messaging/v1/Thread';
import type { ThreadList as _ejournal_messaging_v1_ThreadList, ThreadList__Output as _ejournal_messaging_v1_ThreadList__Output } from '../../../ejournal/messaging/v1/ThreadList';
import type { UnreadCounts as _ejournal_messaging_v1_UnreadCounts, UnreadCounts__Output as _ejournal_messaging_v1_UnreadCounts__Output } from '../../../ejournal/messaging/v1/UnreadCounts';
import type { WithdrawMessageRequest as _ejournal_messaging_v1_WithdrawMessageRequest, WithdrawMessageRequest__Output as _ejournal_messaging_v1_WithdrawMessageRequest__Output } from '../../../ejournal/messaging/v1/WithdrawMessageRequest';

export interface MessagingServiceClient extends grpc.Client {
  AttachFile(argument: _ejournal_messaging_v1_AttachFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  AttachFile(argument: _ejournal_messaging_v1_AttachFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  AttachFile(argument: _ejournal_messaging_v1_AttachFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  AttachFile(argument: _ejournal_messaging_v1_AttachFileRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  attachFile(argument: _ejournal_messaging_v1_AttachFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  attachFile(argument: _ejournal_messaging_v1_AttachFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  attachFile(argument: _ejournal_messaging_v1_AttachFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  attachFile(argument: _ejournal_messaging_v1_AttachFileRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  
  ConfirmAnnouncement(argument: _ejournal_messaging_v1_ConfirmAnnouncementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  ConfirmAnnouncement(argument: _ejournal_messaging_v1_ConfirmAnnouncementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  ConfirmAnnouncement(argument: _ejournal_messaging_v1_ConfirmAnnouncementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  ConfirmAnnouncement(argument: _ejournal_messaging_v1_ConfirmAnnouncementRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  confirmAnnouncement(argument: _ejournal_messaging_v1_ConfirmAnnouncementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  confirmAnnouncement(argument: _ejournal_messaging_v1_ConfirmAnnouncementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  confirmAnnouncement(argument: _ejournal_messaging_v1_ConfirmAnnouncementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  confirmAnnouncement(argument: _ejournal_messaging_v1_ConfirmAnnouncementRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  
  GetFile(argument: _ejournal_messaging_v1_GetFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_FileContent__Output>): grpc.ClientUnaryCall;
  GetFile(argument: _ejournal_messaging_v1_GetFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_FileContent__Output>): grpc.ClientUnaryCall;
  GetFile(argument: _ejournal_messaging_v1_GetFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_FileContent__Output>): grpc.ClientUnaryCall;
  GetFile(argument: _ejournal_messaging_v1_GetFileRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_FileContent__Output>): grpc.ClientUnaryCall;
  getFile(argument: _ejournal_messaging_v1_GetFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_FileContent__Output>): grpc.ClientUnaryCall;
  getFile(argument: _ejournal_messaging_v1_GetFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_FileContent__Output>): grpc.ClientUnaryCall;
  getFile(argument: _ejournal_messaging_v1_GetFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_FileContent__Output>): grpc.ClientUnaryCall;
  getFile(argument: _ejournal_messaging_v1_GetFileRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_FileContent__Output>): grpc.ClientUnaryCall;
  
  GetNoticePreferences(argument: _ejournal_messaging_v1_GetNoticePreferencesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  GetNoticePreferences(argument: _ejournal_messaging_v1_GetNoticePreferencesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  GetNoticePreferences(argument: _ejournal_messaging_v1_GetNoticePreferencesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  GetNoticePreferences(argument: _ejournal_messaging_v1_GetNoticePreferencesRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  getNoticePreferences(argument: _ejournal_messaging_v1_GetNoticePreferencesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  getNoticePreferences(argument: _ejournal_messaging_v1_GetNoticePreferencesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  getNoticePreferences(argument: _ejournal_messaging_v1_GetNoticePreferencesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  getNoticePreferences(argument: _ejournal_messaging_v1_GetNoticePreferencesRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  
  GetThread(argument: _ejournal_messaging_v1_GetThreadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  GetThread(argument: _ejournal_messaging_v1_GetThreadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  GetThread(argument: _ejournal_messaging_v1_GetThreadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  GetThread(argument: _ejournal_messaging_v1_GetThreadRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  getThread(argument: _ejournal_messaging_v1_GetThreadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  getThread(argument: _ejournal_messaging_v1_GetThreadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  getThread(argument: _ejournal_messaging_v1_GetThreadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  getThread(argument: _ejournal_messaging_v1_GetThreadRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  
  GetUnreadCounts(argument: _ejournal_messaging_v1_GetUnreadCountsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_UnreadCounts__Output>): grpc.ClientUnaryCall;
  GetUnreadCounts(argument: _ejournal_messaging_v1_GetUnreadCountsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_UnreadCounts__Output>): grpc.ClientUnaryCall;
  GetUnreadCounts(argument: _ejournal_messaging_v1_GetUnreadCountsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_UnreadCounts__Output>): grpc.ClientUnaryCall;
  GetUnreadCounts(argument: _ejournal_messaging_v1_GetUnreadCountsRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_UnreadCounts__Output>): grpc.ClientUnaryCall;
  getUnreadCounts(argument: _ejournal_messaging_v1_GetUnreadCountsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_UnreadCounts__Output>): grpc.ClientUnaryCall;
  getUnreadCounts(argument: _ejournal_messaging_v1_GetUnreadCountsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_UnreadCounts__Output>): grpc.ClientUnaryCall;
  getUnreadCounts(argument: _ejournal_messaging_v1_GetUnreadCountsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_UnreadCounts__Output>): grpc.ClientUnaryCall;
  getUnreadCounts(argument: _ejournal_messaging_v1_GetUnreadCountsRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_UnreadCounts__Output>): grpc.ClientUnaryCall;
  
  ListAnnouncements(argument: _ejournal_messaging_v1_ListAnnouncementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_AnnouncementList__Output>): grpc.ClientUnaryCall;
  ListAnnouncements(argument: _ejournal_messaging_v1_ListAnnouncementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_AnnouncementList__Output>): grpc.ClientUnaryCall;
  ListAnnouncements(argument: _ejournal_messaging_v1_ListAnnouncementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_AnnouncementList__Output>): grpc.ClientUnaryCall;
  ListAnnouncements(argument: _ejournal_messaging_v1_ListAnnouncementsRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_AnnouncementList__Output>): grpc.ClientUnaryCall;
  listAnnouncements(argument: _ejournal_messaging_v1_ListAnnouncementsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_AnnouncementList__Output>): grpc.ClientUnaryCall;
  listAnnouncements(argument: _ejournal_messaging_v1_ListAnnouncementsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_AnnouncementList__Output>): grpc.ClientUnaryCall;
  listAnnouncements(argument: _ejournal_messaging_v1_ListAnnouncementsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_AnnouncementList__Output>): grpc.ClientUnaryCall;
  listAnnouncements(argument: _ejournal_messaging_v1_ListAnnouncementsRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_AnnouncementList__Output>): grpc.ClientUnaryCall;
  
  ListCorrespondents(argument: _ejournal_messaging_v1_ListCorrespondentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Correspondents__Output>): grpc.ClientUnaryCall;
  ListCorrespondents(argument: _ejournal_messaging_v1_ListCorrespondentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Correspondents__Output>): grpc.ClientUnaryCall;
  ListCorrespondents(argument: _ejournal_messaging_v1_ListCorrespondentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Correspondents__Output>): grpc.ClientUnaryCall;
  ListCorrespondents(argument: _ejournal_messaging_v1_ListCorrespondentsRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Correspondents__Output>): grpc.ClientUnaryCall;
  listCorrespondents(argument: _ejournal_messaging_v1_ListCorrespondentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Correspondents__Output>): grpc.ClientUnaryCall;
  listCorrespondents(argument: _ejournal_messaging_v1_ListCorrespondentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Correspondents__Output>): grpc.ClientUnaryCall;
  listCorrespondents(argument: _ejournal_messaging_v1_ListCorrespondentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Correspondents__Output>): grpc.ClientUnaryCall;
  listCorrespondents(argument: _ejournal_messaging_v1_ListCorrespondentsRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Correspondents__Output>): grpc.ClientUnaryCall;
  
  ListNotices(argument: _ejournal_messaging_v1_ListNoticesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  ListNotices(argument: _ejournal_messaging_v1_ListNoticesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  ListNotices(argument: _ejournal_messaging_v1_ListNoticesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  ListNotices(argument: _ejournal_messaging_v1_ListNoticesRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  listNotices(argument: _ejournal_messaging_v1_ListNoticesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  listNotices(argument: _ejournal_messaging_v1_ListNoticesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  listNotices(argument: _ejournal_messaging_v1_ListNoticesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  listNotices(argument: _ejournal_messaging_v1_ListNoticesRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  
  ListThreads(argument: _ejournal_messaging_v1_ListThreadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ThreadList__Output>): grpc.ClientUnaryCall;
  ListThreads(argument: _ejournal_messaging_v1_ListThreadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_ThreadList__Output>): grpc.ClientUnaryCall;
  ListThreads(argument: _ejournal_messaging_v1_ListThreadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ThreadList__Output>): grpc.ClientUnaryCall;
  ListThreads(argument: _ejournal_messaging_v1_ListThreadsRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_ThreadList__Output>): grpc.ClientUnaryCall;
  listThreads(argument: _ejournal_messaging_v1_ListThreadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ThreadList__Output>): grpc.ClientUnaryCall;
  listThreads(argument: _ejournal_messaging_v1_ListThreadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_ThreadList__Output>): grpc.ClientUnaryCall;
  listThreads(argument: _ejournal_messaging_v1_ListThreadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ThreadList__Output>): grpc.ClientUnaryCall;
  listThreads(argument: _ejournal_messaging_v1_ListThreadsRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_ThreadList__Output>): grpc.ClientUnaryCall;
  
  MarkNoticesRead(argument: _ejournal_messaging_v1_MarkNoticesReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  MarkNoticesRead(argument: _ejournal_messaging_v1_MarkNoticesReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  MarkNoticesRead(argument: _ejournal_messaging_v1_MarkNoticesReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  MarkNoticesRead(argument: _ejournal_messaging_v1_MarkNoticesReadRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  markNoticesRead(argument: _ejournal_messaging_v1_MarkNoticesReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  markNoticesRead(argument: _ejournal_messaging_v1_MarkNoticesReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  markNoticesRead(argument: _ejournal_messaging_v1_MarkNoticesReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  markNoticesRead(argument: _ejournal_messaging_v1_MarkNoticesReadRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticeList__Output>): grpc.ClientUnaryCall;
  
  MarkThreadRead(argument: _ejournal_messaging_v1_MarkThreadReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  MarkThreadRead(argument: _ejournal_messaging_v1_MarkThreadReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  MarkThreadRead(argument: _ejournal_messaging_v1_MarkThreadReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  MarkThreadRead(argument: _ejournal_messaging_v1_MarkThreadReadRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  markThreadRead(argument: _ejournal_messaging_v1_MarkThreadReadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  markThreadRead(argument: _ejournal_messaging_v1_MarkThreadReadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  markThreadRead(argument: _ejournal_messaging_v1_MarkThreadReadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  markThreadRead(argument: _ejournal_messaging_v1_MarkThreadReadRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  
  PostMessage(argument: _ejournal_messaging_v1_PostMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _ejournal_messaging_v1_PostMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _ejournal_messaging_v1_PostMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  PostMessage(argument: _ejournal_messaging_v1_PostMessageRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _ejournal_messaging_v1_PostMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _ejournal_messaging_v1_PostMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _ejournal_messaging_v1_PostMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  postMessage(argument: _ejournal_messaging_v1_PostMessageRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  
  PrintProgressLetters(argument: _ejournal_messaging_v1_PrintProgressLettersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ProgressLetters__Output>): grpc.ClientUnaryCall;
  PrintProgressLetters(argument: _ejournal_messaging_v1_PrintProgressLettersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_ProgressLetters__Output>): grpc.ClientUnaryCall;
  PrintProgressLetters(argument: _ejournal_messaging_v1_PrintProgressLettersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ProgressLetters__Output>): grpc.ClientUnaryCall;
  PrintProgressLetters(argument: _ejournal_messaging_v1_PrintProgressLettersRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_ProgressLetters__Output>): grpc.ClientUnaryCall;
  printProgressLetters(argument: _ejournal_messaging_v1_PrintProgressLettersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ProgressLetters__Output>): grpc.ClientUnaryCall;
  printProgressLetters(argument: _ejournal_messaging_v1_PrintProgressLettersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_ProgressLetters__Output>): grpc.ClientUnaryCall;
  printProgressLetters(argument: _ejournal_messaging_v1_PrintProgressLettersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ProgressLetters__Output>): grpc.ClientUnaryCall;
  printProgressLetters(argument: _ejournal_messaging_v1_PrintProgressLettersRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_ProgressLetters__Output>): grpc.ClientUnaryCall;
  
  PublishAnnouncement(argument: _ejournal_messaging_v1_PublishAnnouncementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  PublishAnnouncement(argument: _ejournal_messaging_v1_PublishAnnouncementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  PublishAnnouncement(argument: _ejournal_messaging_v1_PublishAnnouncementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  PublishAnnouncement(argument: _ejournal_messaging_v1_PublishAnnouncementRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  publishAnnouncement(argument: _ejournal_messaging_v1_PublishAnnouncementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  publishAnnouncement(argument: _ejournal_messaging_v1_PublishAnnouncementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  publishAnnouncement(argument: _ejournal_messaging_v1_PublishAnnouncementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  publishAnnouncement(argument: _ejournal_messaging_v1_PublishAnnouncementRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Announcement__Output>): grpc.ClientUnaryCall;
  
  ReportMessage(argument: _ejournal_messaging_v1_ReportMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ReportMessageResponse__Output>): grpc.ClientUnaryCall;
  ReportMessage(argument: _ejournal_messaging_v1_ReportMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_ReportMessageResponse__Output>): grpc.ClientUnaryCall;
  ReportMessage(argument: _ejournal_messaging_v1_ReportMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ReportMessageResponse__Output>): grpc.ClientUnaryCall;
  ReportMessage(argument: _ejournal_messaging_v1_ReportMessageRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_ReportMessageResponse__Output>): grpc.ClientUnaryCall;
  reportMessage(argument: _ejournal_messaging_v1_ReportMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ReportMessageResponse__Output>): grpc.ClientUnaryCall;
  reportMessage(argument: _ejournal_messaging_v1_ReportMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_ReportMessageResponse__Output>): grpc.ClientUnaryCall;
  reportMessage(argument: _ejournal_messaging_v1_ReportMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_ReportMessageResponse__Output>): grpc.ClientUnaryCall;
  reportMessage(argument: _ejournal_messaging_v1_ReportMessageRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_ReportMessageResponse__Output>): grpc.ClientUnaryCall;
  
  SetNoticePreferences(argument: _ejournal_messaging_v1_NoticePreferences, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  SetNoticePreferences(argument: _ejournal_messaging_v1_NoticePreferences, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  SetNoticePreferences(argument: _ejournal_messaging_v1_NoticePreferences, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  SetNoticePreferences(argument: _ejournal_messaging_v1_NoticePreferences, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  setNoticePreferences(argument: _ejournal_messaging_v1_NoticePreferences, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  setNoticePreferences(argument: _ejournal_messaging_v1_NoticePreferences, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  setNoticePreferences(argument: _ejournal_messaging_v1_NoticePreferences, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  setNoticePreferences(argument: _ejournal_messaging_v1_NoticePreferences, callback: grpc.requestCallback<_ejournal_messaging_v1_NoticePreferences__Output>): grpc.ClientUnaryCall;
  
  StartThread(argument: _ejournal_messaging_v1_StartThreadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  StartThread(argument: _ejournal_messaging_v1_StartThreadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  StartThread(argument: _ejournal_messaging_v1_StartThreadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  StartThread(argument: _ejournal_messaging_v1_StartThreadRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  startThread(argument: _ejournal_messaging_v1_StartThreadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  startThread(argument: _ejournal_messaging_v1_StartThreadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  startThread(argument: _ejournal_messaging_v1_StartThreadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  startThread(argument: _ejournal_messaging_v1_StartThreadRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  
  WithdrawMessage(argument: _ejournal_messaging_v1_WithdrawMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  WithdrawMessage(argument: _ejournal_messaging_v1_WithdrawMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  WithdrawMessage(argument: _ejournal_messaging_v1_WithdrawMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  WithdrawMessage(argument: _ejournal_messaging_v1_WithdrawMessageRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  withdrawMessage(argument: _ejournal_messaging_v1_WithdrawMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  withdrawMessage(argument: _ejournal_messaging_v1_WithdrawMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  withdrawMessage(argument: _ejournal_messaging_v1_WithdrawMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  withdrawMessage(argument: _ejournal_messaging_v1_WithdrawMessageRequest, callback: grpc.requestCallback<_ejournal_messaging_v1_Thread__Output>): grpc.ClientUnaryCall;
  
}

export interface MessagingServiceHandlers extends grpc.UntypedServiceImplementation {
  AttachFile: grpc.handleUnaryCall<_ejournal_messaging_v1_AttachFileRequest__Output, _ejournal_messaging_v1_Thread>;
  
  ConfirmAnnouncement: grpc.handleUnaryCall<_ejournal_messaging_v1_ConfirmAnnouncementRequest__Output, _ejournal_messaging_v1_Announcement>;
  
  GetFile: grpc.handleUnaryCall<_ejournal_messaging_v1_GetFileRequest__Output, _ejournal_messaging_v1_FileContent>;
  
  GetNoticePreferences: grpc.handleUnaryCall<_ejournal_messaging_v1_GetNoticePreferencesRequest__Output, _ejournal_messaging_v1_NoticePreferences>;
  
  GetThread: grpc.handleUnaryCall<_ejournal_messaging_v1_GetThreadRequest__Output, _ejournal_messaging_v1_Thread>;
  
  GetUnreadCounts: grpc.handleUnaryCall<_ejournal_messaging_v1_GetUnreadCountsRequest__Output, _ejournal_messaging_v1_UnreadCounts>;
  
  ListAnnouncements: grpc.handleUnaryCall<_ejournal_messaging_v1_ListAnnouncementsRequest__Output, _ejournal_messaging_v1_AnnouncementList>;
  
  ListCorrespondents: grpc.handleUnaryCall<_ejournal_messaging_v1_ListCorrespondentsRequest__Output, _ejournal_messaging_v1_Correspondents>;
  
  ListNotices: grpc.handleUnaryCall<_ejournal_messaging_v1_ListNoticesRequest__Output, _ejournal_messaging_v1_NoticeList>;
  
  ListThreads: grpc.handleUnaryCall<_ejournal_messaging_v1_ListThreadsRequest__Output, _ejournal_messaging_v1_ThreadList>;
  
  MarkNoticesRead: grpc.handleUnaryCall<_ejournal_messaging_v1_MarkNoticesReadRequest__Output, _ejournal_messaging_v1_NoticeList>;
  
  MarkThreadRead: grpc.handleUnaryCall<_ejournal_messaging_v1_MarkThreadReadRequest__Output, _ejournal_messaging_v1_Thread>;
  
  PostMessage: grpc.handleUnaryCall<_ejournal_messaging_v1_PostMessageRequest__Output, _ejournal_messaging_v1_Thread>;
  
  PrintProgressLetters: grpc.handleUnaryCall<_ejournal_messaging_v1_PrintProgressLettersRequest__Output, _ejournal_messaging_v1_ProgressLetters>;
  
  PublishAnnouncement: grpc.handleUnaryCall<_ejournal_messaging_v1_PublishAnnouncementRequest__Output, _ejournal_messaging_v1_Announcement>;
  
  ReportMessage: grpc.handleUnaryCall<_ejournal_messaging_v1_ReportMessageRequest__Output, _ejournal_messaging_v1_ReportMessageResponse>;
  
  SetNoticePreferences: grpc.handleUnaryCall<_ejournal_messaging_v1_NoticePreferences__Output, _ejournal_messaging_v1_NoticePreferences>;
  
  StartThread: grpc.handleUnaryCall<_ejournal_messaging_v1_StartThreadRequest__Output, _ejournal_messaging_v1_Thread>;
  
  WithdrawMessage: grpc.handleUnaryCall<_ejournal_messaging_v1_WithdrawMessageRequest__Output, _ejournal_messaging_v1_Thread>;
  
}

export interface MessagingServiceDefinition extends grpc.ServiceDefinition {
  AttachFile: MethodDefinition<_ejournal_messaging_v1_AttachFileRequest, _ejournal_messaging_v1_Thread, _ejournal_messaging_v1_AttachFileRequest__Output, _ejournal_messaging_v1_Thread__Output>
  ConfirmAnnouncement: MethodDefinition<_ejournal_messaging_v1_ConfirmAnnouncementRequest, _ejournal_messaging_v1_Announcement, _ejournal_messaging_v1_ConfirmAnnouncementRequest__Output, _ejournal_messaging_v1_Announcement__Output>
  GetFile: MethodDefinition<_ejournal_messaging_v1_GetFileRequest, _ejournal_messaging_v1_FileContent, _ejournal_messaging_v1_GetFileRequest__Output, _ejournal_messaging_v1_FileContent__Output>
  GetNoticePreferences: MethodDefinition<_ejournal_messaging_v1_GetNoticePreferencesRequest, _ejournal_messaging_v1_NoticePreferences, _ejournal_messaging_v1_GetNoticePreferencesRequest__Output, _ejournal_messaging_v1_NoticePreferences__Output>
  GetThread: MethodDefinition<_ejournal_messaging_v1_GetThreadRequest, _ejournal_messaging_v1_Thread, _ejournal_messaging_v1_GetThreadRequest__Output, _ejournal_messaging_v1_Thread__Output>
  GetUnreadCounts: MethodDefinition<_ejournal_messaging_v1_GetUnreadCountsRequest, _ejournal_messaging_v1_UnreadCounts, _ejournal_messaging_v1_GetUnreadCountsRequest__Output, _ejournal_messaging_v1_UnreadCounts__Output>
  ListAnnouncements: MethodDefinition<_ejournal_messaging_v1_ListAnnouncementsRequest, _ejournal_messaging_v1_AnnouncementList, _ejournal_messaging_v1_ListAnnouncementsRequest__Output, _ejournal_messaging_v1_AnnouncementList__Output>
  ListCorrespondents: MethodDefinition<_ejournal_messaging_v1_ListCorrespondentsRequest, _ejournal_messaging_v1_Correspondents, _ejournal_messaging_v1_ListCorrespondentsRequest__Output, _ejournal_messaging_v1_Correspondents__Output>
  ListNotices: MethodDefinition<_ejournal_messaging_v1_ListNoticesRequest, _ejournal_messaging_v1_NoticeList, _ejournal_messaging_v1_ListNoticesRequest__Output, _ejournal_messaging_v1_NoticeList__Output>
  ListThreads: MethodDefinition<_ejournal_messaging_v1_ListThreadsRequest, _ejournal_messaging_v1_ThreadList, _ejournal_messaging_v1_ListThreadsRequest__Output, _ejournal_messaging_v1_ThreadList__Output>
  MarkNoticesRead: MethodDefinition<_ejournal_messaging_v1_MarkNoticesReadRequest, _ejournal_messaging_v1_NoticeList, _ejournal_messaging_v1_MarkNoticesReadRequest__Output, _ejournal_messaging_v1_NoticeList__Output>
  MarkThreadRead: MethodDefinition<_ejournal_messaging_v1_MarkThreadReadRequest, _ejournal_messaging_v1_Thread, _ejournal_messaging_v1_MarkThreadReadRequest__Output, _ejournal_messaging_v1_Thread__Output>
  PostMessage: MethodDefinition<_ejournal_messaging_v1_PostMessageRequest, _ejournal_messaging_v1_Thread, _ejournal_messaging_v1_PostMessageRequest__Output, _ejournal_messaging_v1_Thread__Output>
  PrintProgressLetters: MethodDefinition<_ejournal_messaging_v1_PrintProgressLettersRequest, _ejournal_messaging_v1_ProgressLetters, _ejournal_messaging_v1_PrintProgressLettersRequest__Output, _ejournal_messaging_v1_ProgressLetters__Output>
  PublishAnnouncement: MethodDefinition<_ejournal_messaging_v1_PublishAnnouncementRequest, _ejournal_messaging_v1_Announcement, _ejournal_messaging_v1_PublishAnnouncementRequest__Output, _ejournal_messaging_v1_Announcement__Output>
  ReportMessage: MethodDefinition<_ejournal_messaging_v1_ReportMessageRequest, _ejournal_messaging_v1_ReportMessageResponse, _ejournal_messaging_v1_ReportMessageRequest__Output, _ejournal_messaging_v1_ReportMessageResponse__Output>
  SetNoticePreferences: MethodDefinition<_ejournal_messaging_v1_NoticePreferences, _ejournal_messaging_v1_NoticePreferences, _ejournal_messaging_v1_NoticePreferences__Output, _ejournal_messaging_v1_NoticePreferences__Output>
  StartThread: MethodDefinition<_ejournal_messaging_v1_StartThreadRequest, _ejournal_messaging_v1_Thread, _ejournal_messaging_v1_StartThreadRequest__Output, _ejournal_messaging_v1_Thread__Output>
  WithdrawMessage: MethodDefinition<_ejournal_messaging_v1_WithdrawMessageRequest, _ejournal_messaging_v1_Thread, _ejournal_messaging_v1_WithdrawMessageRequest__Output, _ejournal_messaging_v1_Thread__Output>
}
