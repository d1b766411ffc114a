import type * as grpc from '@grpc/grpc-js';

import type { MessagingServiceClient as _ejournal_messaging_v1_MessagingServiceClient, MessagingServiceDefinition as _ejournal_messaging_v1_MessagingServiceDefinition } from './ejournal/messaging/v1/MessagingService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    messaging: {
      v1: {
        MessagingService: SubtypeConstructor<typeof grpc.Client, _ejournal_messaging_v1_MessagingServiceClient> & { service: _ejournal_messaging_v1_MessagingServiceDefinition }
      }
    }
  }
}

