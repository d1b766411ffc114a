import type { messagingV1 } from '@ejournal/contracts';
import { Router } from 'express';
import { dateQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { Problem } from '../problem';
import { callerOf, type Upstream } from '../upstream';

/** A class's letters read every pupil's weeks in the diary (a class of 35 for a month: 175 week pages) and set a PDF. */
const LETTERS_DEADLINE_MS = 30_000;

/** The class teacher's information letters for families without internet (messaging service; 000 §9.2, 004 §4.2.4). */
export function letterRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());

  // A PDF, one sheet per pupil, for a week or a month (at most 31 days); the service checks the class.
  router.get('/classes/:classId/progress-letters', permit('letters.print'), async (req, res) => {
    const from = dateQuery(req, 'from');
    const to = dateQuery(req, 'to');
    if (!from || !to) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'укажите период: ?from=ГГГГ-ММ-ДД&to=ГГГГ-ММ-ДД', { ...(from ? {} : { from: 'дата ГГГГ-ММ-ДД' }), ...(to ? {} : { to: 'дата ГГГГ-ММ-ДД' }) });
    const letters = await upstream.call<messagingV1.ProgressLetters__Output>(
      callerOf(res),
      'MessagingService/PrintProgressLetters',
      (md, o, cb) => upstream.messaging.printProgressLetters({ classId: param(req, 'classId'), from, to }, md, o, cb),
      LETTERS_DEADLINE_MS,
    );
    res
      .type('application/pdf')
      .set('content-disposition', `attachment; filename="progress-letters_${from}_${to}.pdf"`)
      .set('cache-control', 'private, no-store')
      .send(Buffer.from(letters.pdf));
  });

  return router;
}
