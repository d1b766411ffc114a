import type * as grpc from '@grpc/grpc-js';

import type { ArchiveServiceClient as _ejournal_archive_v1_ArchiveServiceClient, ArchiveServiceDefinition as _ejournal_archive_v1_ArchiveServiceDefinition } from './ejournal/archive/v1/ArchiveService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    archive: {
      v1: {
        ArchiveService: SubtypeConstructor<typeof grpc.Client, _ejournal_archive_v1_ArchiveServiceClient> & { service: _ejournal_archive_v1_ArchiveServiceDefinition }
      }
    }
  }
}

