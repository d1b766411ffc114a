// Original file: proto/ejournal/diary/v1/diary.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface DiaryServiceClient extends grpc.Client {
}

export interface DiaryServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface DiaryServiceDefinition extends grpc.ServiceDefinition {
}
