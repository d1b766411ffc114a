// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface GradebookServiceClient extends grpc.Client {
}

export interface GradebookServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface GradebookServiceDefinition extends grpc.ServiceDefinition {
}
