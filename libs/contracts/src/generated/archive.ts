import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ArchiveKey as _ejournal_archive_v1_ArchiveKey, ArchiveKey__Output as _ejournal_archive_v1_ArchiveKey__Output } from './ejournal/archive/v1/ArchiveKey';
import type { ArchiveKeys as _ejournal_archive_v1_ArchiveKeys, ArchiveKeys__Output as _ejournal_archive_v1_ArchiveKeys__Output } from './ejournal/archive/v1/ArchiveKeys';
import type { ArchiveServiceClient as _ejournal_archive_v1_ArchiveServiceClient, ArchiveServiceDefinition as _ejournal_archive_v1_ArchiveServiceDefinition } from './ejournal/archive/v1/ArchiveService';
import type { ArchivedRecordFile as _ejournal_archive_v1_ArchivedRecordFile, ArchivedRecordFile__Output as _ejournal_archive_v1_ArchivedRecordFile__Output } from './ejournal/archive/v1/ArchivedRecordFile';
import type { Archiving as _ejournal_archive_v1_Archiving, Archiving__Output as _ejournal_archive_v1_Archiving__Output } from './ejournal/archive/v1/Archiving';
import type { Archivings as _ejournal_archive_v1_Archivings, Archivings__Output as _ejournal_archive_v1_Archivings__Output } from './ejournal/archive/v1/Archivings';
import type { GetArchiveKeysRequest as _ejournal_archive_v1_GetArchiveKeysRequest, GetArchiveKeysRequest__Output as _ejournal_archive_v1_GetArchiveKeysRequest__Output } from './ejournal/archive/v1/GetArchiveKeysRequest';
import type { ListArchivingsRequest as _ejournal_archive_v1_ListArchivingsRequest, ListArchivingsRequest__Output as _ejournal_archive_v1_ListArchivingsRequest__Output } from './ejournal/archive/v1/ListArchivingsRequest';
import type { ListRecordsRequest as _ejournal_archive_v1_ListRecordsRequest, ListRecordsRequest__Output as _ejournal_archive_v1_ListRecordsRequest__Output } from './ejournal/archive/v1/ListRecordsRequest';
import type { Printout as _ejournal_archive_v1_Printout, Printout__Output as _ejournal_archive_v1_Printout__Output } from './ejournal/archive/v1/Printout';
import type { RecordKey as _ejournal_archive_v1_RecordKey, RecordKey__Output as _ejournal_archive_v1_RecordKey__Output } from './ejournal/archive/v1/RecordKey';
import type { RecordList as _ejournal_archive_v1_RecordList, RecordList__Output as _ejournal_archive_v1_RecordList__Output } from './ejournal/archive/v1/RecordList';
import type { RecordSummary as _ejournal_archive_v1_RecordSummary, RecordSummary__Output as _ejournal_archive_v1_RecordSummary__Output } from './ejournal/archive/v1/RecordSummary';
import type { RotateArchiveKeyRequest as _ejournal_archive_v1_RotateArchiveKeyRequest, RotateArchiveKeyRequest__Output as _ejournal_archive_v1_RotateArchiveKeyRequest__Output } from './ejournal/archive/v1/RotateArchiveKeyRequest';
import type { SetLegalHoldRequest as _ejournal_archive_v1_SetLegalHoldRequest, SetLegalHoldRequest__Output as _ejournal_archive_v1_SetLegalHoldRequest__Output } from './ejournal/archive/v1/SetLegalHoldRequest';
import type { Verification as _ejournal_archive_v1_Verification, Verification__Output as _ejournal_archive_v1_Verification__Output } from './ejournal/archive/v1/Verification';
import type { VerifyRecordRequest as _ejournal_archive_v1_VerifyRecordRequest, VerifyRecordRequest__Output as _ejournal_archive_v1_VerifyRecordRequest__Output } from './ejournal/archive/v1/VerifyRecordRequest';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    archive: {
      v1: {
        ArchiveKey: MessageTypeDefinition<_ejournal_archive_v1_ArchiveKey, _ejournal_archive_v1_ArchiveKey__Output>
        ArchiveKeys: MessageTypeDefinition<_ejournal_archive_v1_ArchiveKeys, _ejournal_archive_v1_ArchiveKeys__Output>
        ArchiveService: SubtypeConstructor<typeof grpc.Client, _ejournal_archive_v1_ArchiveServiceClient> & { service: _ejournal_archive_v1_ArchiveServiceDefinition }
        ArchivedRecordFile: MessageTypeDefinition<_ejournal_archive_v1_ArchivedRecordFile, _ejournal_archive_v1_ArchivedRecordFile__Output>
        Archiving: MessageTypeDefinition<_ejournal_archive_v1_Archiving, _ejournal_archive_v1_Archiving__Output>
        Archivings: MessageTypeDefinition<_ejournal_archive_v1_Archivings, _ejournal_archive_v1_Archivings__Output>
        GetArchiveKeysRequest: MessageTypeDefinition<_ejournal_archive_v1_GetArchiveKeysRequest, _ejournal_archive_v1_GetArchiveKeysRequest__Output>
        ListArchivingsRequest: MessageTypeDefinition<_ejournal_archive_v1_ListArchivingsRequest, _ejournal_archive_v1_ListArchivingsRequest__Output>
        ListRecordsRequest: MessageTypeDefinition<_ejournal_archive_v1_ListRecordsRequest, _ejournal_archive_v1_ListRecordsRequest__Output>
        Printout: MessageTypeDefinition<_ejournal_archive_v1_Printout, _ejournal_archive_v1_Printout__Output>
        RecordKey: MessageTypeDefinition<_ejournal_archive_v1_RecordKey, _ejournal_archive_v1_RecordKey__Output>
        RecordList: MessageTypeDefinition<_ejournal_archive_v1_RecordList, _ejournal_archive_v1_RecordList__Output>
        RecordSummary: MessageTypeDefinition<_ejournal_archive_v1_RecordSummary, _ejournal_archive_v1_RecordSummary__Output>
        RotateArchiveKeyRequest: MessageTypeDefinition<_ejournal_archive_v1_RotateArchiveKeyRequest, _ejournal_archive_v1_RotateArchiveKeyRequest__Output>
        SetLegalHoldRequest: MessageTypeDefinition<_ejournal_archive_v1_SetLegalHoldRequest, _ejournal_archive_v1_SetLegalHoldRequest__Output>
        Verification: MessageTypeDefinition<_ejournal_archive_v1_Verification, _ejournal_archive_v1_Verification__Output>
        VerifyRecordRequest: MessageTypeDefinition<_ejournal_archive_v1_VerifyRecordRequest, _ejournal_archive_v1_VerifyRecordRequest__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

