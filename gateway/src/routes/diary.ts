import type { curriculumV1, diaryV1 } from '@ejournal/contracts';
import { Router } from 'express';
import { z } from 'zod';
import { dateQuery, idQuery, monthQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { Problem } from '../problem';
import { callerOf, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { toJson } from '../wire';
import { viewerRole } from '@ejournal/kit';
import type { DiaryViewTally } from '../diary-view-tally';
import type { WeekPageCopies } from '../week-page-copies';

/** The diary (001 §3.1) for parents, students and interested persons: a student's own only. */
export function diaryRoutes(upstream: Upstream, weekPages: WeekPageCopies, views: DiaryViewTally): Router {
  const router = rejectMalformedIds(Router());
  const diary = upstream.diary;
  // Only the diary knows the student's school: here the caller must hold a diary role; the diary checks which child.
  const student = undefined;

  // The busiest read: answered from the gateway's own copy while nothing it was built from changed (week-page-copies.ts).
  router.get('/students/:studentId/diary/week', permit('diary.read', student), async (req, res) => {
    const weekOf = dateQuery(req, 'week');
    if (!weekOf) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'укажите неделю: ?week=ГГГГ-ММ-ДД', { week: 'дата недели' });
    const studentId = param(req, 'studentId');
    const caller = callerOf(res);
    const kept = weekPages.find(caller.principal, studentId, weekOf);
    if (kept) {
      views.count(kept.view, caller.principal.subject, viewerRole(caller.principal));
      res.set('cache-control', 'private, no-store').type('json').send(kept.body);
      return;
    }
    const asked = weekPages.asked();
    const { keeping, ...page } = await upstream.call<diaryV1.WeekPage__Output>(caller, 'DiaryService/GetWeekPage', (md, o, cb) => diary.getWeekPage({ studentId, weekOf }, md, o, cb));
    const body = Buffer.from(JSON.stringify(toJson(page)));
    if (keeping) weekPages.keep(studentId, weekOf, body, keeping, asked);
    res.set('cache-control', 'private, no-store').type('json').send(body);
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

  router.get('/students/:studentId/diary/teachers', permit('diary.read', student), async (req, res) => {
    const weekOf = dateQuery(req, 'week') || new Date().toISOString().slice(0, 10);
    const teachers = await upstream.call<diaryV1.Teachers__Output>(callerOf(res), 'DiaryService/GetTeachers', (md, o, cb) => diary.getTeachers({ studentId: param(req, 'studentId'), weekOf }, md, o, cb));
    res.set('cache-control', 'private, no-store').json(toJson(teachers));
  });

  router.get('/students/:studentId/diary/attendance', permit('diary.read', student), async (req, res) => {
    const month = monthQuery(req);
    const summary = await upstream.call<diaryV1.AttendanceSummary__Output>(callerOf(res), 'DiaryService/GetAttendanceSummary', (md, o, cb) => diary.getAttendanceSummary({ studentId: param(req, 'studentId'), month }, md, o, cb));
    res.set('cache-control', 'private, no-store').json(toJson(summary));
  });

  // 003 §4.2: the class teacher sees which students' diaries were opened this month (the roster comes from curriculum).
  router.get('/classes/:classId/diary-readers', permit('journal.read'), async (req, res) => {
    const month = monthQuery(req);
    const classId = param(req, 'classId');
    const caller = callerOf(res);
    const schoolClass = await upstream.call<curriculumV1.SchoolClass__Output>(caller, 'CurriculumService/GetClass', (md, o, cb) => upstream.curriculum.getClass({ classId }, md, o, cb));
    const roster = await upstream.call<curriculumV1.Roster__Output>(caller, 'CurriculumService/GetRoster', (md, o, cb) => upstream.curriculum.getRoster({ classId, groupId: '', date: `${month}-01` }, md, o, cb));
    const readers = await upstream.call<diaryV1.DiaryReaders__Output>(caller, 'DiaryService/GetDiaryReaders', (md, o, cb) =>
      diary.getDiaryReaders({ schoolId: schoolClass.schoolId, classId, month, studentIds: roster.studentIds }, md, o, cb),
    );
    res.json(toJson(readers));
  });

  return router;
}

/** The full export of a school year to the diary, on demand (000 §5, 001 §9.2.2). */
export function diaryExportRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  // A job starts in the background: 202 with where to follow it (one export at a time per school: 409 meanwhile).
  router.post('/schools/:schoolId/years/:yearId/diary-export', permit('diary.export', (req) => ({ schoolId: param(req, 'schoolId') })), accepts(exportBody, { optional: true }), async (req, res) => {
    const body = bodyOf(res, exportBody);
    const job = await upstream.call<diaryV1.ExportJob__Output>(callerOf(res), 'DiaryService/RunExport', (md, o, cb) =>
      upstream.diary.runExport({ schoolId: param(req, 'schoolId'), yearId: param(req, 'yearId'), from: body.from ?? '', to: body.to ?? '' }, md, o, cb),
    );
    res.status(202).location(`/api/v1/schools/${job.schoolId}/diary-export/jobs/${job.id}`).json(toJson(job));
  });
  router.get('/schools/:schoolId/diary-export/jobs/:jobId', permit('diary.export', (req) => ({ schoolId: param(req, 'schoolId') })), async (req, res) => {
    const job = await upstream.call<diaryV1.ExportJob__Output>(callerOf(res), 'DiaryService/GetExportJob', (md, o, cb) => upstream.diary.getExportJob({ schoolId: param(req, 'schoolId'), jobId: param(req, 'jobId') }, md, o, cb));
    res.set('Cache-Control', 'no-store').json(toJson(job));
  });
  router.get('/schools/:schoolId/diary-export/reports', permit('diary.export', (req) => ({ schoolId: param(req, 'schoolId') })), async (req, res) => {
    const reports = await upstream.call<diaryV1.ExportReports__Output>(callerOf(res), 'DiaryService/ListExportReports', (md, o, cb) => upstream.diary.listExportReports({ schoolId: param(req, 'schoolId') }, md, o, cb));
    res.json(toJson(reports));
  });
  return router;
}

const exportBody = z.object({ from: field.date('с какой даты').optional(), to: field.date('по какую дату').optional() });
