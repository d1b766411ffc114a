// The generated message and handler types the services and the gateway use, under short names.
export type { CurriculumServiceHandlers } from './generated/ejournal/curriculum/v1/CurriculumService';
export type { CurriculumServiceClient } from './generated/ejournal/curriculum/v1/CurriculumService';
export type { School, School__Output } from './generated/ejournal/curriculum/v1/School';
export type { Schools__Output } from './generated/ejournal/curriculum/v1/Schools';
export type { RegisterSchoolRequest__Output } from './generated/ejournal/curriculum/v1/RegisterSchoolRequest';
export type { GetSchoolRequest__Output } from './generated/ejournal/curriculum/v1/GetSchoolRequest';
export type { IdentityServiceHandlers, IdentityServiceClient } from './generated/ejournal/identity/v1/IdentityService';
export type { KnownSchool, KnownSchool__Output } from './generated/ejournal/identity/v1/KnownSchool';
export type { GetKnownSchoolRequest__Output } from './generated/ejournal/identity/v1/GetKnownSchoolRequest';
export type { Timestamp, Timestamp__Output } from './generated/google/protobuf/Timestamp';
export type { Session__Output } from './generated/ejournal/identity/v1/Session';
export type { Person__Output } from './generated/ejournal/identity/v1/Person';
export type { PersonCreated__Output } from './generated/ejournal/identity/v1/PersonCreated';
export type { Account__Output } from './generated/ejournal/identity/v1/Account';
export type { ImportReport__Output } from './generated/ejournal/identity/v1/ImportReport';
export type { Invitation__Output } from './generated/ejournal/identity/v1/Invitation';
export type { Invitations__Output } from './generated/ejournal/identity/v1/Invitations';
export type { AuditEntries__Output } from './generated/ejournal/identity/v1/AuditEntries';
export type { Revocations__Output } from './generated/ejournal/identity/v1/Revocations';
export type { SigningKeys__Output } from './generated/ejournal/identity/v1/SigningKeys';
export type { PasswordReset__Output } from './generated/ejournal/identity/v1/PasswordReset';
export type { PeopleList__Output } from './generated/ejournal/identity/v1/PeopleList';
export type { PupilNames__Output } from './generated/ejournal/identity/v1/PupilNames';
export type { AccountRevoked__Output } from './generated/ejournal/identity/v1/AccountRevoked';
export type { TokensRevoked__Output } from './generated/ejournal/identity/v1/TokensRevoked';
/** Every message and enum of ejournal.curriculum.v1 (generated), e.g. `curriculumV1.Lesson__Output`. */
export type * as curriculumV1 from './generated/ejournal/curriculum/v1';
/** Every message of ejournal.gradebook.v1 (generated). */
export type * as gradebookV1 from './generated/ejournal/gradebook/v1';
/** Every message of ejournal.attendance.v1 (generated). */
export type * as attendanceV1 from './generated/ejournal/attendance/v1';
/** Every message of ejournal.diary.v1 (generated). */
export type * as diaryV1 from './generated/ejournal/diary/v1';
/** Every message of ejournal.identity.v1 (generated). */
export type * as identityV1 from './generated/ejournal/identity/v1';
/** Every message of ejournal.messaging.v1 (generated). */
export type * as messagingV1 from './generated/ejournal/messaging/v1';
/** Every message of ejournal.archive.v1 (generated). */
export type * as archiveV1 from './generated/ejournal/archive/v1';
/** Every message of ejournal.reports.v1 (generated). */
export type * as reportsV1 from './generated/ejournal/reports/v1';
