import { attendancePackage, curriculumPackage, gradebookPackage, type attendanceV1, type CurriculumServiceClient, type curriculumV1, type gradebookV1 } from '@ejournal/contracts';
import { callUnary, createGrpcClient, servicePrincipal, type PlatformCredentials } from '@ejournal/kit';
import type * as grpc from '@grpc/grpc-js';

/** The diary itself, when it reads the owning services for a full export. */
const DIARY = servicePrincipal('diary');

type Invoke<Res> = (metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<Res>) => unknown;

/** The owning services, as the full export reads them: curriculum's lessons and the year's places, gradebook's records and marks, attendance's absences. */
export class Sources {
  private readonly curriculum: CurriculumServiceClient;
  private readonly gradebook: gradebookV1.GradebookServiceClient;
  private readonly attendance: attendanceV1.AttendanceServiceClient;

  constructor(addresses: { CURRICULUM_GRPC_ADDRESS: string; GRADEBOOK_GRPC_ADDRESS: string; ATTENDANCE_GRPC_ADDRESS: string }, private readonly credentials: PlatformCredentials) {
    this.curriculum = createGrpcClient(curriculumPackage().CurriculumService, 'curriculum', addresses.CURRICULUM_GRPC_ADDRESS, credentials);
    this.gradebook = createGrpcClient(gradebookPackage().GradebookService, 'gradebook', addresses.GRADEBOOK_GRPC_ADDRESS, credentials);
    this.attendance = createGrpcClient(attendancePackage().AttendanceService, 'attendance', addresses.ATTENDANCE_GRPC_ADDRESS, credentials);
  }

  private call<Res>(name: string, invoke: Invoke<Res>): Promise<Res> {
    return callUnary(name, invoke, { principal: DIARY, credentials: this.credentials, deadlineMs: 30_000 });
  }

  classes(yearId: string) {
    return this.call<curriculumV1.SchoolClasses__Output>('CurriculumService/ListClasses', (md, o, cb) => this.curriculum.listClasses({ yearId }, md, o, cb));
  }

  year(yearId: string) {
    return this.call<curriculumV1.AcademicYear__Output>('CurriculumService/GetAcademicYear', (md, o, cb) => this.curriculum.getAcademicYear({ yearId }, md, o, cb));
  }

  classWeek(classId: string, weekOf: string) {
    return this.call<curriculumV1.Lessons__Output>('CurriculumService/ListClassLessons', (md, o, cb) => this.curriculum.listClassLessons({ classId, weekOf }, md, o, cb));
  }

  /** Every pupil's places in the year's classes and groups. */
  placements(yearId: string) {
    return this.call<curriculumV1.YearPlacements__Output>('CurriculumService/ListYearPlacements', (md, o, cb) => this.curriculum.listYearPlacements({ yearId }, md, o, cb));
  }

  lessons(lessonIds: string[]) {
    return this.call<gradebookV1.ExportedLessons__Output>('GradebookService/ExportLessons', (md, o, cb) => this.gradebook.exportLessons({ lessonIds }, md, o, cb));
  }

  absences(classId: string, month: string) {
    return this.call<attendanceV1.MonthlySheet__Output>('AttendanceService/GetMonthlySheet', (md, o, cb) => this.attendance.getMonthlySheet({ classId, month }, md, o, cb));
  }
}
