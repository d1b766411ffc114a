import type { attendanceV1 } from '@ejournal/contracts';
import { Router } from 'express';
import { z } from 'zod';
import { monthQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { toJson } from '../wire';

const attendanceBody = z.object({ absences: field.list(z.object({ studentId: field.text('ученик'), code: field.text('Н, Б, У или О') }), 'отсутствующие на уроке (остальные присутствовали)') });
const correctionBody = z.object({
  code: field.text('Н, Б, У или О'),
  documentKind: field.text('вид документа (справка, заявление…)').optional(),
  documentNumber: field.text('номер документа').optional(),
  documentDate: field.date('дата документа').optional(),
  // 004 §4.1: in a closed period only the administrator corrects, and must say why (kept in the absence's history).
  reason: field.text('причина исправления; обязательна, когда период закрыт (исправляет администратор)', 500).optional(),
});

/** Attendance (attendance service): absences per lesson, corrections from documents, the monthly sheet. */
export function attendanceRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const attendance = upstream.attendance;

  router.put('/lessons/:lessonId/attendance', permit('journal.edit'), accepts(attendanceBody), async (req, res) => {
    const body = bodyOf(res, attendanceBody);
    const recorded = await upstream.call<attendanceV1.LessonAttendance__Output>(callerOf(res), 'AttendanceService/RecordAttendance', (md, o, cb) => attendance.recordAttendance({ lessonId: param(req, 'lessonId'), ...body }, md, o, cb));
    res.json(toJson(recorded));
  });

  router.post('/lessons/:lessonId/attendance/:studentId/correction', permit('absence.correct'), accepts(correctionBody), async (req, res) => {
    const body = bodyOf(res, correctionBody);
    const corrected = await upstream.call<attendanceV1.Absence__Output>(callerOf(res), 'AttendanceService/CorrectAbsence', (md, o, cb) =>
      attendance.correctAbsence({ lessonId: param(req, 'lessonId'), studentId: param(req, 'studentId'), ...body }, md, o, cb),
    );
    res.json(toJson(corrected));
  });

  router.get('/classes/:classId/attendance', permit('journal.read'), async (req, res) => {
    const month = monthQuery(req);
    const sheet = await upstream.call<attendanceV1.MonthlySheet__Output>(callerOf(res), 'AttendanceService/GetMonthlySheet', (md, o, cb) => attendance.getMonthlySheet({ classId: param(req, 'classId'), month }, md, o, cb));
    res.json(toJson(sheet));
  });

  return router;
}
