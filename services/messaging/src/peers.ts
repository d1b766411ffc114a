import { curriculumPackage, diaryPackage, identityPackage, type CurriculumServiceClient, type diaryV1, type IdentityServiceClient, type identityV1 } from '@ejournal/contracts';
import { callUnary, createGrpcClient, servicePrincipal, type PlatformCredentials } from '@ejournal/kit';
import type * as grpc from '@grpc/grpc-js';

/** Messaging itself, when it asks the other services. */
const MESSAGING = servicePrincipal('messaging');

type Invoke<Res> = (metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<Res>) => unknown;

/** The services messaging asks, and the one way it calls them (its own identity, a deadline). */
export class Peers {
  readonly identity: IdentityServiceClient;
  readonly curriculum: CurriculumServiceClient;
  readonly diary: diaryV1.DiaryServiceClient;

  constructor(addresses: { IDENTITY_GRPC_ADDRESS: string; CURRICULUM_GRPC_ADDRESS: string; DIARY_GRPC_ADDRESS: string }, private readonly credentials: PlatformCredentials) {
    this.identity = createGrpcClient(identityPackage().IdentityService, 'identity', addresses.IDENTITY_GRPC_ADDRESS, credentials);
    this.curriculum = createGrpcClient(curriculumPackage().CurriculumService, 'curriculum', addresses.CURRICULUM_GRPC_ADDRESS, credentials);
    this.diary = createGrpcClient(diaryPackage().DiaryService, 'diary', addresses.DIARY_GRPC_ADDRESS, credentials);
  }

  call<Res>(name: string, invoke: Invoke<Res>, deadlineMs = 10_000): Promise<Res> {
    return callUnary(name, invoke, { principal: MESSAGING, credentials: this.credentials, deadlineMs });
  }

  /** The e-mail addresses the school keeps for these people (identity; none for those without one). */
  async contactAddresses(personIds: string[]): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const answer = await this.call<identityV1.ContactAddresses__Output>('IdentityService/GetContactAddresses', (md, o, cb) => this.identity.getContactAddresses({ personIds }, md, o, cb));
    return new Map(answer.addresses.map((entry) => [entry.personId, entry.email]));
  }

  close(): void {
    this.identity.close();
    this.curriculum.close();
    this.diary.close();
  }
}
