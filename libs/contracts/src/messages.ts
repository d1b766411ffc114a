// The generated message and handler types the services and the gateway use, under short names.
export type { CurriculumServiceHandlers } from './generated/ejournal/curriculum/v1/CurriculumService';
export type { CurriculumServiceClient } from './generated/ejournal/curriculum/v1/CurriculumService';
export type { School, School__Output } from './generated/ejournal/curriculum/v1/School';
export type { RegisterSchoolRequest__Output } from './generated/ejournal/curriculum/v1/RegisterSchoolRequest';
export type { GetSchoolRequest__Output } from './generated/ejournal/curriculum/v1/GetSchoolRequest';
export type { IdentityServiceHandlers, IdentityServiceClient } from './generated/ejournal/identity/v1/IdentityService';
export type { KnownSchool, KnownSchool__Output } from './generated/ejournal/identity/v1/KnownSchool';
export type { GetKnownSchoolRequest__Output } from './generated/ejournal/identity/v1/GetKnownSchoolRequest';
export type { Timestamp, Timestamp__Output } from './generated/google/protobuf/Timestamp';
