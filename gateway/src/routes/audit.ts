import { fromTimestamp, type AuditEntries__Output } from '@ejournal/contracts';
import { Router } from 'express';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';

/** The audit log: a school's entries for its administrators, all of them for the operator. */
export function auditRoutes(upstream: Upstream): Router {
  const router = Router();
  router.get('/audit', permit('audit.read'), async (req, res) => {
    const schoolId = typeof req.query.schoolId === 'string' ? req.query.schoolId : '';
    const limit = Number(req.query.limit ?? 100) || 100;
    const list = await upstream.call<AuditEntries__Output>(callerOf(res), 'IdentityService/ListAudit', (md, o, cb) => upstream.identity.listAudit({ schoolId, limit }, md, o, cb));
    res.json({ entries: list.entries.map((e) => ({ ...e, at: fromTimestamp(e.at)?.toISOString() })) });
  });
  return router;
}
