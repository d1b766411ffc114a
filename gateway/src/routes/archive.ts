import type { archiveV1 } from '@ejournal/contracts';
import { Router, type Request, type Response } from 'express';
import { ANONYMOUS } from '../authenticate';
import { idQuery, param, query, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { Problem } from '../problem';
import { callerOf, type Upstream } from '../upstream';
import { accepts, bodyOf } from '../validation';
import { toJson } from '../wire';
import { z } from 'zod';

/** A page's printout sets a few hundred cells; a class's summary sheet more. */
const PRINT_DEADLINE_MS = 30_000;
/** The largest record file handed in to be checked (the service refuses larger ones too). */
export const CHECKED_FILE_LIMIT = '8mb';

const SHA256 = /^[0-9a-f]{64}$/;

/** A record's hash in the path: anything else is a record that is not there. */
function hashOf(req: Request): string {
  const hash = param(req, 'hash');
  if (!SHA256.test(hash)) throw new Problem(404, 'not-found', 'Не найдено', 'запись архива не найдена');
  return hash;
}

const holdBody = z.object({ hold: z.boolean({ error: 'hold: true — удержать, false — снять удержание' }), reason: z.string().max(500, { error: 'основание: не длиннее 500 символов' }).optional() });

/** The archive keys' public halves: published, so that anyone holding a record's file can check it (before log-in). */
export function archiveKeyRoutes(upstream: Upstream): Router {
  const router = Router();
  router.get('/api/v1/archive/keys', async (req: Request, res: Response) => {
    const schoolId = idQuery(req, 'schoolId');
    const keys = await upstream.call<archiveV1.ArchiveKeys__Output>({ principal: ANONYMOUS, clientAddress: req.ip }, 'ArchiveService/GetArchiveKeys', (md, o, cb) => upstream.archive.getArchiveKeys({ schoolId }, md, o, cb));
    res.set('Cache-Control', 'public, max-age=60').json(toJson(keys));
  });
  return router;
}

/**
 * The archive of closed periods (002 §5, 003 §5): the school's records, each record's file, its check,
 * its printout; a legal hold; the school's archive key. The service decides on each record's place
 * who may read it; another school's record answers as one that is not there.
 */
export function archiveRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());

  router.get('/schools/:schoolId/archive/records', permit('archive.read'), async (req, res) => {
    const kind = query(req, 'kind');
    if (kind && !['journal-page', 'attendance-sheet', 'summary-sheet'].includes(kind)) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'параметр kind: journal-page, attendance-sheet или summary-sheet', { kind: 'journal-page, attendance-sheet, summary-sheet' });
    const request = { schoolId: param(req, 'schoolId'), periodId: query(req, 'periodId'), classId: idQuery(req, 'classId'), kind };
    const list = await upstream.call<archiveV1.RecordList__Output>(callerOf(res), 'ArchiveService/ListRecords', (md, o, cb) => upstream.archive.listRecords(request, md, o, cb));
    res.json(toJson(list));
  });

  router.get('/schools/:schoolId/archive/archivings', permit('archive.read'), async (req, res) => {
    const list = await upstream.call<archiveV1.Archivings__Output>(callerOf(res), 'ArchiveService/ListArchivings', (md, o, cb) => upstream.archive.listArchivings({ schoolId: param(req, 'schoolId') }, md, o, cb));
    res.json(toJson(list));
  });

  router.post('/schools/:schoolId/archive/keys/rotation', permit('archive.manage', (req) => ({ schoolId: param(req, 'schoolId') })), async (req, res) => {
    const keys = await upstream.call<archiveV1.ArchiveKeys__Output>(callerOf(res), 'ArchiveService/RotateArchiveKey', (md, o, cb) => upstream.archive.rotateArchiveKey({ schoolId: param(req, 'schoolId') }, md, o, cb));
    res.status(201).json(toJson(keys));
  });

  // The record's file, as anyone checks it offline (node services/archive/dist/verify-cli.js <file> <keys>).
  router.get('/archive/records/:hash', permit('archive.read'), async (req, res) => {
    const hash = hashOf(req);
    const record = await upstream.call<archiveV1.ArchivedRecordFile__Output>(callerOf(res), 'ArchiveService/GetRecord', (md, o, cb) => upstream.archive.getRecord({ hash }, md, o, cb));
    res.type('application/json').set('content-disposition', `attachment; filename="archive-${hash}.json"`).set('cache-control', 'private, no-store').send(record.fileJson);
  });

  router.get('/archive/records/:hash/summary', permit('archive.read'), async (req, res) => {
    const hash = hashOf(req);
    const record = await upstream.call<archiveV1.ArchivedRecordFile__Output>(callerOf(res), 'ArchiveService/GetRecord', (md, o, cb) => upstream.archive.getRecord({ hash }, md, o, cb));
    res.set('cache-control', 'private, no-store').json(toJson(record.summary));
  });

  router.get('/archive/records/:hash/verification', permit('archive.read'), async (req, res) => {
    const hash = hashOf(req);
    const verification = await upstream.call<archiveV1.Verification__Output>(callerOf(res), 'ArchiveService/VerifyRecord', (md, o, cb) => upstream.archive.verifyRecord({ hash, fileJson: '' }, md, o, cb));
    res.json(toJson(verification));
  });

  router.get('/archive/records/:hash/printout', permit('archive.read'), async (req, res) => {
    const hash = hashOf(req);
    const printout = await upstream.call<archiveV1.Printout__Output>(callerOf(res), 'ArchiveService/PrintRecord', (md, o, cb) => upstream.archive.printRecord({ hash }, md, o, cb), PRINT_DEADLINE_MS);
    res.type('application/pdf').set('content-disposition', `attachment; filename="${printout.fileName}"`).set('cache-control', 'private, no-store').send(Buffer.from(printout.pdf));
  });

  router.post('/archive/records/:hash/hold', permit('archive.manage'), accepts(holdBody), async (req, res) => {
    const hash = hashOf(req);
    const body = bodyOf(res, holdBody);
    const summary = await upstream.call<archiveV1.RecordSummary__Output>(callerOf(res), 'ArchiveService/SetLegalHold', (md, o, cb) => upstream.archive.setLegalHold({ hash, hold: body.hold, reason: body.reason ?? '' }, md, o, cb));
    res.json(toJson(summary));
  });

  // Any record file someone holds (the body is the file as downloaded), checked against the published keys.
  router.post('/archive/verification', async (req, res) => {
    if (!req.is('application/json') || !req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
      throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'тело запроса — файл записи архива (JSON, как его отдаёт GET /api/v1/archive/records/{hash})', { body: 'файл записи архива' });
    }
    const fileJson = JSON.stringify(req.body);
    const verification = await upstream.call<archiveV1.Verification__Output>(callerOf(res), 'ArchiveService/VerifyRecord', (md, o, cb) => upstream.archive.verifyRecord({ hash: '', fileJson }, md, o, cb));
    res.json(toJson(verification));
  });

  return router;
}
