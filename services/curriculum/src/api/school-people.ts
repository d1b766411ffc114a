import { DEFAULT_GRPC_PORTS, identityPackage, type IdentityServiceClient } from '@ejournal/contracts';
import { callUnary, createGrpcClient, InvalidArgument, servicePrincipal, type PlatformCredentials } from '@ejournal/kit';
import { z } from 'zod';

/** Where curriculum asks identity who a school's people are. */
export const identityEnvironment = z.object({
  IDENTITY_GRPC_ADDRESS: z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port').default(`127.0.0.1:${DEFAULT_GRPC_PORTS.identity}`),
});

type Kind = 'student' | 'staff';
const NAMES: Record<Kind, string> = { student: 'обучающегося', staff: 'сотрудника' };

/**
 * The school's people as identity knows them (identity owns people): a school enrols only its own
 * students and appoints or substitutes only its own staff. An id of another school's person is
 * refused exactly like an id that does not exist.
 */
export class SchoolPeople {
  private readonly identity: IdentityServiceClient;

  constructor(address: string, private readonly credentials: PlatformCredentials) {
    this.identity = createGrpcClient(identityPackage().IdentityService, 'identity', address, credentials);
  }

  /** The ids that are not the school's people of this kind. */
  async unknown(schoolId: string, kind: Kind, ids: string[]): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter(Boolean))];
    if (wanted.length === 0) return new Set();
    const checked = await callUnary<{ unknownIds: string[] }>(
      'IdentityService/CheckPeople',
      (md, o, cb) => this.identity.checkPeople({ schoolId, kind, personIds: wanted }, md, o, cb),
      { principal: servicePrincipal('curriculum'), credentials: this.credentials },
    );
    return new Set(checked.unknownIds);
  }

  /** Refuses the request when an id is not the school's person of this kind. */
  async ensure(schoolId: string, kind: Kind, ids: string[], field: string): Promise<void> {
    const unknown = await this.unknown(schoolId, kind, ids);
    if (unknown.size > 0) throw new InvalidArgument(`в школе нет такого ${NAMES[kind]}`, { [field]: `${NAMES[kind]} этой школы` });
  }
}
