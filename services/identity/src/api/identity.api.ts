import { GRPC_SERVICE_NAMES, identityPackage, toTimestamp, type IdentityServiceHandlers } from '@ejournal/contracts';
import { authorize, InvalidArgument, NotFound, type AsyncHandlers, type GrpcServiceBinding } from '@ejournal/kit';
import type { Identity } from '../identity';
import type { RegionalSignOn } from '../sessions/regional-sign-on';
import { auditApi } from './audit.api';
import { archiveNamesApi } from './archive-names.api';
import { correspondentsApi } from './correspondents.api';
import { invitationsApi } from './invitations.api';
import { peopleApi } from './people.api';
import { peopleDirectoryApi } from './people-directory.api';
import { sessionsApi } from './sessions.api';

export function identityApi(identity: Identity, signOn: RegionalSignOn): GrpcServiceBinding {
  const handlers: AsyncHandlers<IdentityServiceHandlers> = {
    async GetKnownSchool(request, { principal }) {
      if (!request.schoolId) throw new InvalidArgument('не указан идентификатор школы', { schoolId: 'обязательное поле' });
      const school = await identity.knownSchools.find(request.schoolId);
      if (!school || !authorize(principal, 'school.read', { schoolId: school._id })) throw new NotFound('школа не известна службе доступа');
      return { schoolId: school._id, shortName: school.shortName, knownSince: toTimestamp(school.knownSince), version: String(school.version) };
    },
    ...sessionsApi(identity, signOn),
    ...peopleApi(identity),
    ...peopleDirectoryApi(identity),
    ...invitationsApi(identity),
    ...auditApi(identity),
    ...correspondentsApi(identity),
    ...archiveNamesApi(identity),
  };
  return { name: GRPC_SERVICE_NAMES.identity, definition: identityPackage().IdentityService.service, handlers };
}
