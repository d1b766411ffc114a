// Original file: proto/ejournal/identity/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetKnownSchoolRequest as _ejournal_identity_v1_GetKnownSchoolRequest, GetKnownSchoolRequest__Output as _ejournal_identity_v1_GetKnownSchoolRequest__Output } from '../../../ejournal/identity/v1/GetKnownSchoolRequest';
import type { KnownSchool as _ejournal_identity_v1_KnownSchool, KnownSchool__Output as _ejournal_identity_v1_KnownSchool__Output } from '../../../ejournal/identity/v1/KnownSchool';

export interface IdentityServiceClient extends grpc.Client {
  GetKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  GetKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  GetKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  GetKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  getKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  getKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  getKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  getKnownSchool(argument: _ejournal_identity_v1_GetKnownSchoolRequest, callback: grpc.requestCallback<_ejournal_identity_v1_KnownSchool__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  GetKnownSchool: grpc.handleUnaryCall<_ejournal_identity_v1_GetKnownSchoolRequest__Output, _ejournal_identity_v1_KnownSchool>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  GetKnownSchool: MethodDefinition<_ejournal_identity_v1_GetKnownSchoolRequest, _ejournal_identity_v1_KnownSchool, _ejournal_identity_v1_GetKnownSchoolRequest__Output, _ejournal_identity_v1_KnownSchool__Output>
}
