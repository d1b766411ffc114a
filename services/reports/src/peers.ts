import { DEFAULT_GRPC_PORTS, identityPackage, type IdentityServiceClient, type identityV1 } from '@ejournal/contracts';
import { callUnary, createGrpcClient, servicePrincipal, type PlatformCredentials } from '@ejournal/kit';
import { z } from 'zod';

export const peersEnvironment = z.object({
  IDENTITY_GRPC_ADDRESS: z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port').default(`127.0.0.1:${DEFAULT_GRPC_PORTS.identity}`),
});

const REPORTS = servicePrincipal('reports');

/**
 * Names of the people a report lists, asked of identity when the report is made (reports keep no copy
 * of personal data: 152-FZ, 004 §1). A name identity cannot give is left empty, the report still answers.
 */
export class Names {
  private readonly identity: IdentityServiceClient;

  constructor(address: string, private readonly credentials: PlatformCredentials) {
    this.identity = createGrpcClient(identityPackage().IdentityService, 'identity', address, credentials);
  }

  async of(schoolId: string, personIds: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const ids = [...new Set(personIds.filter(Boolean))];
    for (let start = 0; start < ids.length; start += 1_000) {
      const chunk = ids.slice(start, start + 1_000);
      const answer = await callUnary<identityV1.PersonNames__Output>('IdentityService/GetPersonNames', (md, o, cb) => this.identity.getPersonNames({ schoolId, personIds: chunk }, md, o, cb), { principal: REPORTS, credentials: this.credentials, deadlineMs: 10_000 });
      for (const name of answer.names) names.set(name.personId, [name.lastName, name.firstName, name.middleName].filter(Boolean).join(' '));
    }
    return names;
  }

  close(): void {
    this.identity.close();
  }
}
