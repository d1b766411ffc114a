import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CurriculumServiceClient as _ejournal_curriculum_v1_CurriculumServiceClient, CurriculumServiceDefinition as _ejournal_curriculum_v1_CurriculumServiceDefinition } from './ejournal/curriculum/v1/CurriculumService';
import type { GetSchoolRequest as _ejournal_curriculum_v1_GetSchoolRequest, GetSchoolRequest__Output as _ejournal_curriculum_v1_GetSchoolRequest__Output } from './ejournal/curriculum/v1/GetSchoolRequest';
import type { RegisterSchoolRequest as _ejournal_curriculum_v1_RegisterSchoolRequest, RegisterSchoolRequest__Output as _ejournal_curriculum_v1_RegisterSchoolRequest__Output } from './ejournal/curriculum/v1/RegisterSchoolRequest';
import type { School as _ejournal_curriculum_v1_School, School__Output as _ejournal_curriculum_v1_School__Output } from './ejournal/curriculum/v1/School';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ejournal: {
    curriculum: {
      v1: {
        CurriculumService: SubtypeConstructor<typeof grpc.Client, _ejournal_curriculum_v1_CurriculumServiceClient> & { service: _ejournal_curriculum_v1_CurriculumServiceDefinition }
        GetSchoolRequest: MessageTypeDefinition<_ejournal_curriculum_v1_GetSchoolRequest, _ejournal_curriculum_v1_GetSchoolRequest__Output>
        RegisterSchoolRequest: MessageTypeDefinition<_ejournal_curriculum_v1_RegisterSchoolRequest, _ejournal_curriculum_v1_RegisterSchoolRequest__Output>
        School: MessageTypeDefinition<_ejournal_curriculum_v1_School, _ejournal_curriculum_v1_School__Output>
      }
    }
  }
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
}

