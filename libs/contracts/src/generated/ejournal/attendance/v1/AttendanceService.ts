// Original file: proto/ejournal/attendance/v1/attendance.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface AttendanceServiceClient extends grpc.Client {
}

export interface AttendanceServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface AttendanceServiceDefinition extends grpc.ServiceDefinition {
}
