// Original file: proto/ejournal/archive/v1/archive.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ArchiveKeys as _ejournal_archive_v1_ArchiveKeys, ArchiveKeys__Output as _ejournal_archive_v1_ArchiveKeys__Output } from '../../../ejournal/archive/v1/ArchiveKeys';
import type { ArchivedRecordFile as _ejournal_archive_v1_ArchivedRecordFile, ArchivedRecordFile__Output as _ejournal_archive_v1_ArchivedRecordFile__Output } from '../../../ejournal/archive/v1/ArchivedRecordFile';
import type { Archivings as _ejournal_archive_v1_Archivings, Archivings__Output as _ejournal_archive_v1_Archivings__Output } from '../../../ejournal/archive/v1/Archivings';
import type { GetArchiveKeysRequest as _ejournal_archive_v1_GetArchiveKeysRequest, GetArchiveKeysRequest__Output as _ejournal_archive_v1_GetArchiveKeysRequest__Output } from '../../../ejournal/archive/v1/GetArchiveKeysRequest';
import type { ListArchivingsRequest as _ejournal_archive_v1_ListArchivingsRequest, ListArchivingsRequest__Output as _ejournal_archive_v1_ListArchivingsRequest__Output } from '../../../ejournal/archive/v1/ListArchivingsRequest';
import type { ListRecordsRequest as _ejournal_archive_v1_ListRecordsRequest, ListRecordsRequest__Output as _ejournal_archive_v1_ListRecordsRequest__Output } from '../../../ejournal/archive/v1/ListRecordsRequest';
import type { Printout as _ejournal_archive_v1_Printout, Printout__Output as _ejournal_archive_v1_Printout__Output } from '../../../ejournal/archive/v1/Printout';
import type { RecordKey as _ejournal_archive_v1_RecordKey, RecordKey__Output as _ejournal_archive_v1_RecordKey__Output } from '../../../ejournal/archive/v1/RecordKey';
import type { RecordList as _ejournal_archive_v1_RecordList, RecordList__Output as _ejournal_archive_v1_RecordList__Output } from '../../../ejournal/archive/v1/RecordList';
import type { RecordSummary as _ejournal_archive_v1_RecordSummary, RecordSummary__Output as _ejournal_archive_v1_RecordSummary__Output } from '../../../ejournal/archive/v1/RecordSummary';
import type { RotateArchiveKeyRequest as _ejournal_archive_v1_RotateArchiveKeyRequest, RotateArchiveKeyRequest__Output as _ejournal_archive_v1_RotateArchiveKeyRequest__Output } from '../../../ejournal/archive/v1/RotateArchiveKeyRequest';
import type { SetLegalHoldRequest as _ejournal_archive_v1_SetLegalHoldRequest, SetLegalHoldRequest__Output as _ejournal_archive_v1_SetLegalHoldRequest__Output } from '../../../ejournal/archive/v1/SetLegalHoldRequest';
import type { Verification as _ejournal_archive_v1_Verification, Verification__Output as _ejournal_archive_v1_Verification__Output } from '../../../ejournal/archive/v1/Verification';
import type { VerifyRecordRequest as _ejournal_archive_v1_VerifyRecordRequest, VerifyRecordRequest__Output as _ejournal_archive_v1_VerifyRecordRequest__Output } from '../../../ejournal/archive/v1/VerifyRecordRequest';

export interface ArchiveServiceClient extends grpc.Client {
  GetArchiveKeys(argument: _ejournal_archive_v1_GetArchiveKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  GetArchiveKeys(argument: _ejournal_archive_v1_GetArchiveKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  GetArchiveKeys(argument: _ejournal_archive_v1_GetArchiveKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  GetArchiveKeys(argument: _ejournal_archive_v1_GetArchiveKeysRequest, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  getArchiveKeys(argument: _ejournal_archive_v1_GetArchiveKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  getArchiveKeys(argument: _ejournal_archive_v1_GetArchiveKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  getArchiveKeys(argument: _ejournal_archive_v1_GetArchiveKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  getArchiveKeys(argument: _ejournal_archive_v1_GetArchiveKeysRequest, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  
  GetRecord(argument: _ejournal_archive_v1_RecordKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchivedRecordFile__Output>): grpc.ClientUnaryCall;
  GetRecord(argument: _ejournal_archive_v1_RecordKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_ArchivedRecordFile__Output>): grpc.ClientUnaryCall;
  GetRecord(argument: _ejournal_archive_v1_RecordKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchivedRecordFile__Output>): grpc.ClientUnaryCall;
  GetRecord(argument: _ejournal_archive_v1_RecordKey, callback: grpc.requestCallback<_ejournal_archive_v1_ArchivedRecordFile__Output>): grpc.ClientUnaryCall;
  getRecord(argument: _ejournal_archive_v1_RecordKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchivedRecordFile__Output>): grpc.ClientUnaryCall;
  getRecord(argument: _ejournal_archive_v1_RecordKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_ArchivedRecordFile__Output>): grpc.ClientUnaryCall;
  getRecord(argument: _ejournal_archive_v1_RecordKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchivedRecordFile__Output>): grpc.ClientUnaryCall;
  getRecord(argument: _ejournal_archive_v1_RecordKey, callback: grpc.requestCallback<_ejournal_archive_v1_ArchivedRecordFile__Output>): grpc.ClientUnaryCall;
  
  ListArchivings(argument: _ejournal_archive_v1_ListArchivingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Archivings__Output>): grpc.ClientUnaryCall;
  ListArchivings(argument: _ejournal_archive_v1_ListArchivingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_Archivings__Output>): grpc.ClientUnaryCall;
  ListArchivings(argument: _ejournal_archive_v1_ListArchivingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Archivings__Output>): grpc.ClientUnaryCall;
  ListArchivings(argument: _ejournal_archive_v1_ListArchivingsRequest, callback: grpc.requestCallback<_ejournal_archive_v1_Archivings__Output>): grpc.ClientUnaryCall;
  listArchivings(argument: _ejournal_archive_v1_ListArchivingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Archivings__Output>): grpc.ClientUnaryCall;
  listArchivings(argument: _ejournal_archive_v1_ListArchivingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_Archivings__Output>): grpc.ClientUnaryCall;
  listArchivings(argument: _ejournal_archive_v1_ListArchivingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Archivings__Output>): grpc.ClientUnaryCall;
  listArchivings(argument: _ejournal_archive_v1_ListArchivingsRequest, callback: grpc.requestCallback<_ejournal_archive_v1_Archivings__Output>): grpc.ClientUnaryCall;
  
  ListRecords(argument: _ejournal_archive_v1_ListRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_RecordList__Output>): grpc.ClientUnaryCall;
  ListRecords(argument: _ejournal_archive_v1_ListRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_RecordList__Output>): grpc.ClientUnaryCall;
  ListRecords(argument: _ejournal_archive_v1_ListRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_RecordList__Output>): grpc.ClientUnaryCall;
  ListRecords(argument: _ejournal_archive_v1_ListRecordsRequest, callback: grpc.requestCallback<_ejournal_archive_v1_RecordList__Output>): grpc.ClientUnaryCall;
  listRecords(argument: _ejournal_archive_v1_ListRecordsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_RecordList__Output>): grpc.ClientUnaryCall;
  listRecords(argument: _ejournal_archive_v1_ListRecordsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_RecordList__Output>): grpc.ClientUnaryCall;
  listRecords(argument: _ejournal_archive_v1_ListRecordsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_RecordList__Output>): grpc.ClientUnaryCall;
  listRecords(argument: _ejournal_archive_v1_ListRecordsRequest, callback: grpc.requestCallback<_ejournal_archive_v1_RecordList__Output>): grpc.ClientUnaryCall;
  
  PrintRecord(argument: _ejournal_archive_v1_RecordKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Printout__Output>): grpc.ClientUnaryCall;
  PrintRecord(argument: _ejournal_archive_v1_RecordKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_Printout__Output>): grpc.ClientUnaryCall;
  PrintRecord(argument: _ejournal_archive_v1_RecordKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Printout__Output>): grpc.ClientUnaryCall;
  PrintRecord(argument: _ejournal_archive_v1_RecordKey, callback: grpc.requestCallback<_ejournal_archive_v1_Printout__Output>): grpc.ClientUnaryCall;
  printRecord(argument: _ejournal_archive_v1_RecordKey, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Printout__Output>): grpc.ClientUnaryCall;
  printRecord(argument: _ejournal_archive_v1_RecordKey, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_Printout__Output>): grpc.ClientUnaryCall;
  printRecord(argument: _ejournal_archive_v1_RecordKey, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Printout__Output>): grpc.ClientUnaryCall;
  printRecord(argument: _ejournal_archive_v1_RecordKey, callback: grpc.requestCallback<_ejournal_archive_v1_Printout__Output>): grpc.ClientUnaryCall;
  
  RotateArchiveKey(argument: _ejournal_archive_v1_RotateArchiveKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  RotateArchiveKey(argument: _ejournal_archive_v1_RotateArchiveKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  RotateArchiveKey(argument: _ejournal_archive_v1_RotateArchiveKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  RotateArchiveKey(argument: _ejournal_archive_v1_RotateArchiveKeyRequest, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  rotateArchiveKey(argument: _ejournal_archive_v1_RotateArchiveKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  rotateArchiveKey(argument: _ejournal_archive_v1_RotateArchiveKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  rotateArchiveKey(argument: _ejournal_archive_v1_RotateArchiveKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  rotateArchiveKey(argument: _ejournal_archive_v1_RotateArchiveKeyRequest, callback: grpc.requestCallback<_ejournal_archive_v1_ArchiveKeys__Output>): grpc.ClientUnaryCall;
  
  SetLegalHold(argument: _ejournal_archive_v1_SetLegalHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_RecordSummary__Output>): grpc.ClientUnaryCall;
  SetLegalHold(argument: _ejournal_archive_v1_SetLegalHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_RecordSummary__Output>): grpc.ClientUnaryCall;
  SetLegalHold(argument: _ejournal_archive_v1_SetLegalHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_RecordSummary__Output>): grpc.ClientUnaryCall;
  SetLegalHold(argument: _ejournal_archive_v1_SetLegalHoldRequest, callback: grpc.requestCallback<_ejournal_archive_v1_RecordSummary__Output>): grpc.ClientUnaryCall;
  setLegalHold(argument: _ejournal_archive_v1_SetLegalHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_RecordSummary__Output>): grpc.ClientUnaryCall;
  setLegalHold(argument: _ejournal_archive_v1_SetLegalHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_RecordSummary__Output>): grpc.ClientUnaryCall;
  setLegalHold(argument: _ejournal_archive_v1_SetLegalHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_RecordSummary__Output>): grpc.ClientUnaryCall;
  setLegalHold(argument: _ejournal_archive_v1_SetLegalHoldRequest, callback: grpc.requestCallback<_ejournal_archive_v1_RecordSummary__Output>): grpc.ClientUnaryCall;
  
  VerifyRecord(argument: _ejournal_archive_v1_VerifyRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Verification__Output>): grpc.ClientUnaryCall;
  VerifyRecord(argument: _ejournal_archive_v1_VerifyRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_Verification__Output>): grpc.ClientUnaryCall;
  VerifyRecord(argument: _ejournal_archive_v1_VerifyRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Verification__Output>): grpc.ClientUnaryCall;
  VerifyRecord(argument: _ejournal_archive_v1_VerifyRecordRequest, callback: grpc.requestCallback<_ejournal_archive_v1_Verification__Output>): grpc.ClientUnaryCall;
  verifyRecord(argument: _ejournal_archive_v1_VerifyRecordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Verification__Output>): grpc.ClientUnaryCall;
  verifyRecord(argument: _ejournal_archive_v1_VerifyRecordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_archive_v1_Verification__Output>): grpc.ClientUnaryCall;
  verifyRecord(argument: _ejournal_archive_v1_VerifyRecordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_archive_v1_Verification__Output>): grpc.ClientUnaryCall;
  verifyRecord(argument: _ejournal_archive_v1_VerifyRecordRequest, callback: grpc.requestCallback<_ejournal_archive_v1_Verification__Output>): grpc.ClientUnaryCall;
  
}

export interface ArchiveServiceHandlers extends grpc.UntypedServiceImplementation {
  GetArchiveKeys: grpc.handleUnaryCall<_ejournal_archive_v1_GetArchiveKeysRequest__Output, _ejournal_archive_v1_ArchiveKeys>;
  
  GetRecord: grpc.handleUnaryCall<_ejournal_archive_v1_RecordKey__Output, _ejournal_archive_v1_ArchivedRecordFile>;
  
  ListArchivings: grpc.handleUnaryCall<_ejournal_archive_v1_ListArchivingsRequest__Output, _ejournal_archive_v1_Archivings>;
  
  ListRecords: grpc.handleUnaryCall<_ejournal_archive_v1_ListRecordsRequest__Output, _ejournal_archive_v1_RecordList>;
  
  PrintRecord: grpc.handleUnaryCall<_ejournal_archive_v1_RecordKey__Output, _ejournal_archive_v1_Printout>;
  
  RotateArchiveKey: grpc.handleUnaryCall<_ejournal_archive_v1_RotateArchiveKeyRequest__Output, _ejournal_archive_v1_ArchiveKeys>;
  
  SetLegalHold: grpc.handleUnaryCall<_ejournal_archive_v1_SetLegalHoldRequest__Output, _ejournal_archive_v1_RecordSummary>;
  
  VerifyRecord: grpc.handleUnaryCall<_ejournal_archive_v1_VerifyRecordRequest__Output, _ejournal_archive_v1_Verification>;
  
}

export interface ArchiveServiceDefinition extends grpc.ServiceDefinition {
  GetArchiveKeys: MethodDefinition<_ejournal_archive_v1_GetArchiveKeysRequest, _ejournal_archive_v1_ArchiveKeys, _ejournal_archive_v1_GetArchiveKeysRequest__Output, _ejournal_archive_v1_ArchiveKeys__Output>
  GetRecord: MethodDefinition<_ejournal_archive_v1_RecordKey, _ejournal_archive_v1_ArchivedRecordFile, _ejournal_archive_v1_RecordKey__Output, _ejournal_archive_v1_ArchivedRecordFile__Output>
  ListArchivings: MethodDefinition<_ejournal_archive_v1_ListArchivingsRequest, _ejournal_archive_v1_Archivings, _ejournal_archive_v1_ListArchivingsRequest__Output, _ejournal_archive_v1_Archivings__Output>
  ListRecords: MethodDefinition<_ejournal_archive_v1_ListRecordsRequest, _ejournal_archive_v1_RecordList, _ejournal_archive_v1_ListRecordsRequest__Output, _ejournal_archive_v1_RecordList__Output>
  PrintRecord: MethodDefinition<_ejournal_archive_v1_RecordKey, _ejournal_archive_v1_Printout, _ejournal_archive_v1_RecordKey__Output, _ejournal_archive_v1_Printout__Output>
  RotateArchiveKey: MethodDefinition<_ejournal_archive_v1_RotateArchiveKeyRequest, _ejournal_archive_v1_ArchiveKeys, _ejournal_archive_v1_RotateArchiveKeyRequest__Output, _ejournal_archive_v1_ArchiveKeys__Output>
  SetLegalHold: MethodDefinition<_ejournal_archive_v1_SetLegalHoldRequest, _ejournal_archive_v1_RecordSummary, _ejournal_archive_v1_SetLegalHoldRequest__Output, _ejournal_archive_v1_RecordSummary__Output>
  VerifyRecord: MethodDefinition<_ejournal_archive_v1_VerifyRecordRequest, _ejournal_archive_v1_Verification, _ejournal_archive_v1_VerifyRecordRequest__Output, _ejournal_archive_v1_Verification__Output>
}
