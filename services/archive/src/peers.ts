import { curriculumPackage, gradebookPackage, identityPackage, type CurriculumServiceClient, type curriculumV1, type gradebookV1, type IdentityServiceClient, type identityV1 } from '@ejournal/contracts';
import { callUnary, createGrpcClient, servicePrincipal, type PlatformCredentials } from '@ejournal/kit';
import type * as grpc from '@grpc/grpc-js';

/** The archive itself, when it asks the owners. */
const ARCHIVE = servicePrincipal('archive');

type Invoke<Res> = (metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<Res>) => unknown;

/** The owners a closed record is assembled from, over gRPC (never their databases). */
export class Peers {
  readonly identity: IdentityServiceClient;
  readonly curriculum: CurriculumServiceClient;
  readonly gradebook: gradebookV1.GradebookServiceClient;

  constructor(addresses: { IDENTITY_GRPC_ADDRESS: string; CURRICULUM_GRPC_ADDRESS: string; GRADEBOOK_GRPC_ADDRESS: string }, private readonly credentials: PlatformCredentials) {
    this.identity = createGrpcClient(identityPackage().IdentityService, 'identity', addresses.IDENTITY_GRPC_ADDRESS, credentials);
    this.curriculum = createGrpcClient(curriculumPackage().CurriculumService, 'curriculum', addresses.CURRICULUM_GRPC_ADDRESS, credentials);
    this.gradebook = createGrpcClient(gradebookPackage().GradebookService, 'gradebook', addresses.GRADEBOOK_GRPC_ADDRESS, credentials);
  }

  call<Res>(name: string, invoke: Invoke<Res>, deadlineMs = 30_000): Promise<Res> {
    return callUnary(name, invoke, { principal: ARCHIVE, credentials: this.credentials, deadlineMs });
  }

  school(id: string) {
    return this.call<curriculumV1.School__Output>('CurriculumService/GetSchool', (md, o, cb) => this.curriculum.getSchool({ id }, md, o, cb));
  }

  year(yearId: string) {
    return this.call<curriculumV1.AcademicYear__Output>('CurriculumService/GetAcademicYear', (md, o, cb) => this.curriculum.getAcademicYear({ yearId }, md, o, cb));
  }

  async classes(yearId: string) {
    return (await this.call<curriculumV1.SchoolClasses__Output>('CurriculumService/ListClasses', (md, o, cb) => this.curriculum.listClasses({ yearId }, md, o, cb))).classes;
  }

  async subjects(schoolId: string) {
    return (await this.call<curriculumV1.Catalogue__Output>('CurriculumService/GetCatalogue', (md, o, cb) => this.curriculum.getCatalogue({ schoolId }, md, o, cb))).subjects;
  }

  async pagesOf(schoolId: string, periodId: string) {
    return (await this.call<gradebookV1.PeriodPages__Output>('GradebookService/ListPeriodPages', (md, o, cb) => this.gradebook.listPeriodPages({ schoolId, periodId }, md, o, cb))).pages;
  }

  page(key: gradebookV1.JournalPageKey) {
    return this.call<gradebookV1.JournalPage__Output>('GradebookService/GetJournalPage', (md, o, cb) => this.gradebook.getJournalPage(key, md, o, cb));
  }

  yearFinals(key: gradebookV1.YearFinalsKey) {
    return this.call<gradebookV1.YearFinals__Output>('GradebookService/GetYearFinals', (md, o, cb) => this.gradebook.getYearFinals(key, md, o, cb));
  }

  /** Names by person id (in chunks identity accepts). */
  async names(schoolId: string, personIds: string[]): Promise<Map<string, identityV1.PersonName__Output>> {
    const names = new Map<string, identityV1.PersonName__Output>();
    for (let start = 0; start < personIds.length; start += 1_000) {
      const chunk = personIds.slice(start, start + 1_000);
      const answer = await this.call<identityV1.PersonNames__Output>('IdentityService/GetPersonNames', (md, o, cb) => this.identity.getPersonNames({ schoolId, personIds: chunk }, md, o, cb));
      for (const name of answer.names) names.set(name.personId, name);
    }
    return names;
  }

  close(): void {
    this.identity.close();
    this.curriculum.close();
    this.gradebook.close();
  }
}
