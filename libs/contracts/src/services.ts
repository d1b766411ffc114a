import type { ProtoGrpcType as ArchiveProto } from './generated/archive';
import type { ProtoGrpcType as AttendanceProto } from './generated/attendance';
import type { ProtoGrpcType as CurriculumProto } from './generated/curriculum';
import type { ProtoGrpcType as DiaryProto } from './generated/diary';
import type { ProtoGrpcType as GradebookProto } from './generated/gradebook';
import type { ProtoGrpcType as IdentityProto } from './generated/identity';
import type { ProtoGrpcType as MessagingProto } from './generated/messaging';
import type { ProtoGrpcType as ReportsProto } from './generated/reports';
import { loadProto } from './proto';

// The gRPC packages of the platform's services, typed by the generated code.
export const identityPackage = () => loadProto<IdentityProto>('ejournal/identity/v1/identity.proto').ejournal.identity.v1;
export const curriculumPackage = () =>
  loadProto<CurriculumProto>('ejournal/curriculum/v1/curriculum.proto').ejournal.curriculum.v1;
export const gradebookPackage = () =>
  loadProto<GradebookProto>('ejournal/gradebook/v1/gradebook.proto').ejournal.gradebook.v1;
export const attendancePackage = () =>
  loadProto<AttendanceProto>('ejournal/attendance/v1/attendance.proto').ejournal.attendance.v1;
export const diaryPackage = () => loadProto<DiaryProto>('ejournal/diary/v1/diary.proto').ejournal.diary.v1;
export const messagingPackage = () =>
  loadProto<MessagingProto>('ejournal/messaging/v1/messaging.proto').ejournal.messaging.v1;
export const archivePackage = () => loadProto<ArchiveProto>('ejournal/archive/v1/archive.proto').ejournal.archive.v1;
export const reportsPackage = () => loadProto<ReportsProto>('ejournal/reports/v1/reports.proto').ejournal.reports.v1;

/** The eight services of the platform, by the name used in config, logs and deployment. */
export const SERVICE_NAMES = ['identity', 'curriculum', 'gradebook', 'attendance', 'diary', 'messaging', 'archive', 'reports'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Fully qualified gRPC service names, as reported by the health service. */
export const GRPC_SERVICE_NAMES: Record<ServiceName, string> = {
  identity: 'ejournal.identity.v1.IdentityService',
  curriculum: 'ejournal.curriculum.v1.CurriculumService',
  gradebook: 'ejournal.gradebook.v1.GradebookService',
  attendance: 'ejournal.attendance.v1.AttendanceService',
  diary: 'ejournal.diary.v1.DiaryService',
  messaging: 'ejournal.messaging.v1.MessagingService',
  archive: 'ejournal.archive.v1.ArchiveService',
  reports: 'ejournal.reports.v1.ReportsService',
};

/** Default gRPC ports of the services on one machine; in Kubernetes each is `<service>:50051`. */
export const DEFAULT_GRPC_PORTS: Record<ServiceName, number> = {
  identity: 50051,
  curriculum: 50052,
  gradebook: 50053,
  attendance: 50054,
  diary: 50055,
  messaging: 50056,
  archive: 50057,
  reports: 50058,
};

