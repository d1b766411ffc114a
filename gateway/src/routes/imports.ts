import type { curriculumV1 } from '@ejournal/contracts';
import express, { Router, type Request } from 'express';
import { dateQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { Problem } from '../problem';
import { callerOf, type Upstream } from '../upstream';
import { toJson } from '../wire';

const csvText = express.text({ type: ['text/csv', 'text/plain'], limit: '5mb' });

function csvOf(req: Request): string {
  if (typeof req.body !== 'string' || req.body.length === 0) {
    throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'пришлите CSV в теле запроса (Content-Type: text/csv; charset=utf-8)');
  }
  return req.body;
}

/**
 * A year's CSV imports (all or nothing): 200 with the report when applied; 422 with the same report,
 * its errors line by line, when nothing was saved (as the people import answers).
 */
export function importRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const curriculum = upstream.curriculum;

  router.post('/years/:yearId/imports/rosters', permit('movement.manage'), csvText, async (req, res) => {
    const csv = csvOf(req);
    const report = await upstream.call<curriculumV1.ImportReport__Output>(callerOf(res), 'CurriculumService/ImportRosters', (md, o, cb) =>
      curriculum.importRosters({ yearId: param(req, 'yearId'), csv }, md, o, cb),
    );
    res.status(report.applied ? 200 : 422).json(toJson(report));
  });

  router.post('/years/:yearId/imports/timetable', permit('schedule.manage'), csvText, async (req, res) => {
    const validFrom = dateQuery(req, 'validFrom');
    const validTo = dateQuery(req, 'validTo');
    const csv = csvOf(req);
    const report = await upstream.call<curriculumV1.ImportReport__Output>(callerOf(res), 'CurriculumService/ImportTimetable', (md, o, cb) =>
      curriculum.importTimetable({ yearId: param(req, 'yearId'), csv, validFrom, validTo }, md, o, cb),
    );
    res.status(report.applied ? 200 : 422).json(toJson(report));
  });

  return router;
}
