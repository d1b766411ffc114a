// Original file: proto/ejournal/archive/v1/archive.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface ArchiveServiceClient extends grpc.Client {
}

export interface ArchiveServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface ArchiveServiceDefinition extends grpc.ServiceDefinition {
}
