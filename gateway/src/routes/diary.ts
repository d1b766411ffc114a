import type { diaryV1 } from '@ejournal/contracts';
import { Router } from 'express';
import { dateQuery, idQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { Problem } from '../problem';
import { callerOf, type Upstream } from '../upstream';
import { toJson } from '../wire';

/** The diary (001 §3.1) for parents, students and interested persons: a student's own only. */
export function diaryRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const diary = upstream.diary;
  const student = (req: Parameters<typeof param>[0]) => ({ studentId: param(req, 'studentId') });

  router.get('/students/:studentId/diary/week', permit('diary.read', student), async (req, res) => {
    const weekOf = dateQuery(req, 'week');
    if (!weekOf) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'укажите неделю: ?week=ГГГГ-ММ-ДД', { week: 'дата недели' });
    const page = await upstream.call<diaryV1.WeekPage__Output>(callerOf(res), 'DiaryService/GetWeekPage', (md, o, cb) => diary.getWeekPage({ studentId: param(req, 'studentId'), weekOf }, md, o, cb));
    res.set('cache-control', 'private, no-store').json(toJson(page));
  });

  router.get('/students/:studentId/diary/marks', permit('diary.read', student), async (req, res) => {
    const periodId = idQuery(req, 'periodId');
    if (!periodId) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'укажите период: ?periodId=', { periodId: 'период' });
    const marks = await upstream.call<diaryV1.CurrentMarks__Output>(callerOf(res), 'DiaryService/GetCurrentMarks', (md, o, cb) => diary.getCurrentMarks({ studentId: param(req, 'studentId'), periodId }, md, o, cb));
    res.set('cache-control', 'private, no-store').json(toJson(marks));
  });

  router.get('/students/:studentId/diary/finals', permit('diary.read', student), async (req, res) => {
    const finals = await upstream.call<diaryV1.Finals__Output>(callerOf(res), 'DiaryService/GetFinals', (md, o, cb) => diary.getFinals({ studentId: param(req, 'studentId') }, md, o, cb));
    res.set('cache-control', 'private, no-store').json(toJson(finals));
  });

  return router;
}
