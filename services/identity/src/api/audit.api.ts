import { toTimestamp, type IdentityServiceHandlers } from '@ejournal/contracts';
import { authorize, hasRole, InvalidArgument, NotFound, type AsyncHandlers } from '@ejournal/kit';
import type { Identity } from '../identity';

type Handlers = Pick<AsyncHandlers<IdentityServiceHandlers>, 'ListAudit'>;

export function auditApi(identity: Identity): Handlers {
  return {
    // School administrators see their school's entries; the operator sees all.
    async ListAudit(request, { principal }) {
      const schoolId = request.schoolId || undefined;
      if (!schoolId && !hasRole(principal, 'region_operator')) throw new InvalidArgument('укажите школу: ?schoolId=', { schoolId: 'обязательный параметр' });
      const allowed = schoolId ? authorize(principal, 'audit.read', { schoolId }) : hasRole(principal, 'region_operator');
      if (!allowed) throw new NotFound('журнал событий не найден');
      const limit = Math.min(Math.max(request.limit || 100, 1), 1_000);
      const entries = await identity.audit.list(schoolId, limit);
      return {
        entries: entries.map((e) => ({
          id: e._id,
          at: toTimestamp(e.at),
          action: e.action,
          actorAccountId: e.actorAccountId,
          subjectId: e.subjectId,
          schoolId: e.schoolId,
          clientAddress: e.clientAddress,
          details: e.details,
        })),
      };
    },
  };
}
