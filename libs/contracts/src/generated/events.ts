import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { SchoolRegistered as _ejournal_curriculum_v1_SchoolRegistered, SchoolRegistered__Output as _ejournal_curriculum_v1_SchoolRegistered__Output } from './ejournal/curriculum/v1/SchoolRegistered';
import type { AccountRevoked as _ejournal_identity_v1_AccountRevoked, AccountRevoked__Output as _ejournal_identity_v1_AccountRevoked__Output } from './ejournal/identity/v1/AccountRevoked';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    curriculum: {
      v1: {
        SchoolRegistered: MessageTypeDefinition<_ejournal_curriculum_v1_SchoolRegistered, _ejournal_curriculum_v1_SchoolRegistered__Output>
      }
    }
    identity: {
      v1: {
        AccountRevoked: MessageTypeDefinition<_ejournal_identity_v1_AccountRevoked, _ejournal_identity_v1_AccountRevoked__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

