import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { GetKnownSchoolRequest as _ejournal_identity_v1_GetKnownSchoolRequest, GetKnownSchoolRequest__Output as _ejournal_identity_v1_GetKnownSchoolRequest__Output } from './ejournal/identity/v1/GetKnownSchoolRequest';
import type { IdentityServiceClient as _ejournal_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _ejournal_identity_v1_IdentityServiceDefinition } from './ejournal/identity/v1/IdentityService';
import type { KnownSchool as _ejournal_identity_v1_KnownSchool, KnownSchool__Output as _ejournal_identity_v1_KnownSchool__Output } from './ejournal/identity/v1/KnownSchool';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    identity: {
      v1: {
        GetKnownSchoolRequest: MessageTypeDefinition<_ejournal_identity_v1_GetKnownSchoolRequest, _ejournal_identity_v1_GetKnownSchoolRequest__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _ejournal_identity_v1_IdentityServiceClient> & { service: _ejournal_identity_v1_IdentityServiceDefinition }
        KnownSchool: MessageTypeDefinition<_ejournal_identity_v1_KnownSchool, _ejournal_identity_v1_KnownSchool__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

