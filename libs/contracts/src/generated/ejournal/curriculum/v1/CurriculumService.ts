// Original file: proto/ejournal/curriculum/v1/curriculum.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetSchoolRequest as _ejournal_curriculum_v1_GetSchoolRequest, GetSchoolRequest__Output as _ejournal_curriculum_v1_GetSchoolRequest__Output } from '../../../ejournal/curriculum/v1/GetSchoolRequest';
import type { RegisterSchoolRequest as _ejournal_curriculum_v1_RegisterSchoolRequest, RegisterSchoolRequest__Output as _ejournal_curriculum_v1_RegisterSchoolRequest__Output } from '../../../ejournal/curriculum/v1/RegisterSchoolRequest';
import type { School as _ejournal_curriculum_v1_School, School__Output as _ejournal_curriculum_v1_School__Output } from '../../../ejournal/curriculum/v1/School';

export interface CurriculumServiceClient extends grpc.Client {
  GetSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  GetSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  GetSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  GetSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  getSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  getSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  getSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  getSchool(argument: _ejournal_curriculum_v1_GetSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  
  RegisterSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  RegisterSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  RegisterSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  RegisterSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  registerSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  registerSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  registerSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  registerSchool(argument: _ejournal_curriculum_v1_RegisterSchoolRequest, callback: grpc.requestCallback<_ejournal_curriculum_v1_School__Output>): grpc.ClientUnaryCall;
  
}

export interface CurriculumServiceHandlers extends grpc.UntypedServiceImplementation {
  GetSchool: grpc.handleUnaryCall<_ejournal_curriculum_v1_GetSchoolRequest__Output, _ejournal_curriculum_v1_School>;
  
  RegisterSchool: grpc.handleUnaryCall<_ejournal_curriculum_v1_RegisterSchoolRequest__Output, _ejournal_curriculum_v1_School>;
  
}

export interface CurriculumServiceDefinition extends grpc.ServiceDefinition {
  GetSchool: MethodDefinition<_ejournal_curriculum_v1_GetSchoolRequest, _ejournal_curriculum_v1_School, _ejournal_curriculum_v1_GetSchoolRequest__Output, _ejournal_curriculum_v1_School__Output>
  RegisterSchool: MethodDefinition<_ejournal_curriculum_v1_RegisterSchoolRequest, _ejournal_curriculum_v1_School, _ejournal_curriculum_v1_RegisterSchoolRequest__Output, _ejournal_curriculum_v1_School__Output>
}
