import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { SchoolRegistered as _ejournal_curriculum_v1_SchoolRegistered, SchoolRegistered__Output as _ejournal_curriculum_v1_SchoolRegistered__Output } from './ejournal/curriculum/v1/SchoolRegistered';

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
  }
}

