import type * as grpc from '@grpc/grpc-js';

import type { GradebookServiceClient as _ejournal_gradebook_v1_GradebookServiceClient, GradebookServiceDefinition as _ejournal_gradebook_v1_GradebookServiceDefinition } from './ejournal/gradebook/v1/GradebookService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    gradebook: {
      v1: {
        GradebookService: SubtypeConstructor<typeof grpc.Client, _ejournal_gradebook_v1_GradebookServiceClient> & { service: _ejournal_gradebook_v1_GradebookServiceDefinition }
      }
    }
  }
}

