import { SERVICE_NAMES, type ServiceName } from './services';

/**
 * Who talks to whom: the one table the trust boundary is built from. The launcher, the Kubernetes
 * NetworkPolicies, the broker's per-service permissions and each service's own checks read it.
 */

/** Every process of the platform: the services and the gateway in front of them. */
export type ProcessName = ServiceName | 'gateway';
export const PROCESS_NAMES: ProcessName[] = [...SERVICE_NAMES, 'gateway'];

/** The gRPC calls the architecture needs: caller → the services it may call. */
export const GRPC_CALLS: Record<ProcessName, ServiceName[]> = {
  // The gateway forwards the users' requests to every service.
  gateway: [...SERVICE_NAMES],
  // The diary's full export reads the owning services (000 §5).
  diary: ['curriculum', 'gradebook', 'attendance'],
  // Curriculum enrols only the school's students and appoints only its staff (identity knows them).
  curriculum: ['identity'],
  identity: [],
  gradebook: [],
  attendance: [],
  // Messaging: who may write to whom and the families' addresses (identity), the class for the
  // information letters (curriculum) and the pupils' weeks on them (diary).
  messaging: ['identity', 'curriculum', 'diary'],
  // The archive assembles the closed record of each page from its owners (never their databases):
  // names (identity), the year, classes and subjects (curriculum), the pages with their absences (gradebook).
  archive: ['identity', 'curriculum', 'gradebook'],
  // Reports name the people they list (identity); everything else they keep from the bus.
  reports: ['identity'],
};

/** The gRPC service behind a method name such as `CurriculumService/GetSchool`. */
export const GRPC_SERVICE_OF: Record<string, ServiceName> = {
  IdentityService: 'identity',
  CurriculumService: 'curriculum',
  GradebookService: 'gradebook',
  AttendanceService: 'attendance',
  DiaryService: 'diary',
  MessagingService: 'messaging',
  ArchiveService: 'archive',
  ReportsService: 'reports',
};

export function serviceOfMethod(method: string): ServiceName {
  const service = GRPC_SERVICE_OF[method.split('/')[0]];
  if (!service) throw new Error(`unknown gRPC method ${method}`);
  return service;
}

/** Events are named `<producer>.<aggregate>.<verb>`: only the producer in the name may publish them. */
export function producerOfEventType(type: string): string {
  return type.split('.')[0];
}

/**
 * The durable consumers (each one quorum queue, `<namespace>.<consumer>`) every service declares in
 * its main.ts. Tools that look at the queues (tests cleaning up, benchmarks waiting for quiet) read this.
 */
export const EVENT_CONSUMERS: Record<ServiceName, string[]> = {
  identity: ['identity', 'identity-grants', 'identity-families'],
  curriculum: ['curriculum-lesson-weeks', 'curriculum-students'],
  gradebook: ['gradebook', 'gradebook-absences'],
  attendance: ['attendance'],
  diary: ['diary'],
  messaging: ['messaging'],
  archive: ['archive'],
  reports: ['reports'],
};
