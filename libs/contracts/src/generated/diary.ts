import type * as grpc from '@grpc/grpc-js';

import type { DiaryServiceClient as _ejournal_diary_v1_DiaryServiceClient, DiaryServiceDefinition as _ejournal_diary_v1_DiaryServiceDefinition } from './ejournal/diary/v1/DiaryService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    diary: {
      v1: {
        DiaryService: SubtypeConstructor<typeof grpc.Client, _ejournal_diary_v1_DiaryServiceClient> & { service: _ejournal_diary_v1_DiaryServiceDefinition }
      }
    }
  }
}

