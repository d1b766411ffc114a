import type * as grpc from '@grpc/grpc-js';

import type { AttendanceServiceClient as _ejournal_attendance_v1_AttendanceServiceClient, AttendanceServiceDefinition as _ejournal_attendance_v1_AttendanceServiceDefinition } from './ejournal/attendance/v1/AttendanceService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    attendance: {
      v1: {
        AttendanceService: SubtypeConstructor<typeof grpc.Client, _ejournal_attendance_v1_AttendanceServiceClient> & { service: _ejournal_attendance_v1_AttendanceServiceDefinition }
      }
    }
  }
}

