import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { EventEnvelope as _ejournal_common_v1_EventEnvelope, EventEnvelope__Output as _ejournal_common_v1_EventEnvelope__Output } from './ejournal/common/v1/EventEnvelope';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    common: {
      v1: {
        EventEnvelope: MessageTypeDefinition<_ejournal_common_v1_EventEnvelope, _ejournal_common_v1_EventEnvelope__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

