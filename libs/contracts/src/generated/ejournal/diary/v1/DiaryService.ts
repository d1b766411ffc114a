// Original file: proto/ejournal/diary/v1/diary.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CurrentMarks as _ejournal_diary_v1_CurrentMarks, CurrentMarks__Output as _ejournal_diary_v1_CurrentMarks__Output } from '../../../ejournal/diary/v1/CurrentMarks';
import type { CurrentMarksRequest as _ejournal_diary_v1_CurrentMarksRequest, CurrentMarksRequest__Output as _ejournal_diary_v1_CurrentMarksRequest__Output } from '../../../ejournal/diary/v1/CurrentMarksRequest';
import type { Finals as _ejournal_diary_v1_Finals, Finals__Output as _ejournal_diary_v1_Finals__Output } from '../../../ejournal/diary/v1/Finals';
import type { FinalsRequest as _ejournal_diary_v1_FinalsRequest, FinalsRequest__Output as _ejournal_diary_v1_FinalsRequest__Output } from '../../../ejournal/diary/v1/FinalsRequest';
import type { WeekPage as _ejournal_diary_v1_WeekPage, WeekPage__Output as _ejournal_diary_v1_WeekPage__Output } from '../../../ejournal/diary/v1/WeekPage';
import type { WeekPageRequest as _ejournal_diary_v1_WeekPageRequest, WeekPageRequest__Output as _ejournal_diary_v1_WeekPageRequest__Output } from '../../../ejournal/diary/v1/WeekPageRequest';

export interface DiaryServiceClient extends grpc.Client {
  GetCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  GetCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  GetCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  GetCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  getCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  getCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  getCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  getCurrentMarks(argument: _ejournal_diary_v1_CurrentMarksRequest, callback: grpc.requestCallback<_ejournal_diary_v1_CurrentMarks__Output>): grpc.ClientUnaryCall;
  
  GetFinals(argument: _ejournal_diary_v1_FinalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  GetFinals(argument: _ejournal_diary_v1_FinalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  GetFinals(argument: _ejournal_diary_v1_FinalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  GetFinals(argument: _ejournal_diary_v1_FinalsRequest, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  getFinals(argument: _ejournal_diary_v1_FinalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  getFinals(argument: _ejournal_diary_v1_FinalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  getFinals(argument: _ejournal_diary_v1_FinalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  getFinals(argument: _ejournal_diary_v1_FinalsRequest, callback: grpc.requestCallback<_ejournal_diary_v1_Finals__Output>): grpc.ClientUnaryCall;
  
  GetWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  GetWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  GetWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  GetWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  getWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  getWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  getWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  getWeekPage(argument: _ejournal_diary_v1_WeekPageRequest, callback: grpc.requestCallback<_ejournal_diary_v1_WeekPage__Output>): grpc.ClientUnaryCall;
  
}

export interface DiaryServiceHandlers extends grpc.UntypedServiceImplementation {
  GetCurrentMarks: grpc.handleUnaryCall<_ejournal_diary_v1_CurrentMarksRequest__Output, _ejournal_diary_v1_CurrentMarks>;
  
  GetFinals: grpc.handleUnaryCall<_ejournal_diary_v1_FinalsRequest__Output, _ejournal_diary_v1_Finals>;
  
  GetWeekPage: grpc.handleUnaryCall<_ejournal_diary_v1_WeekPageRequest__Output, _ejournal_diary_v1_WeekPage>;
  
}

export interface DiaryServiceDefinition extends grpc.ServiceDefinition {
  GetCurrentMarks: MethodDefinition<_ejournal_diary_v1_CurrentMarksRequest, _ejournal_diary_v1_CurrentMarks, _ejournal_diary_v1_CurrentMarksRequest__Output, _ejournal_diary_v1_CurrentMarks__Output>
  GetFinals: MethodDefinition<_ejournal_diary_v1_FinalsRequest, _ejournal_diary_v1_Finals, _ejournal_diary_v1_FinalsRequest__Output, _ejournal_diary_v1_Finals__Output>
  GetWeekPage: MethodDefinition<_ejournal_diary_v1_WeekPageRequest, _ejournal_diary_v1_WeekPage, _ejournal_diary_v1_WeekPageRequest__Output, _ejournal_diary_v1_WeekPage__Output>
}
