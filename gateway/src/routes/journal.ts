import type { gradebookV1 } from '@ejournal/contracts';
import express, { Router } from 'express';
import { z } from 'zod';
import { param, query, rejectMalformedIds } from '../params';
import { Problem } from '../problem';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { toJson } from '../wire';

const perStudent = (label: string) => field.list(z.object({ studentId: field.text('ученик'), text: field.text(label) }), label);

const lessonRecordBody = z.object({
  topicNumber: field.int('номер темы по КТП').optional(),
  topic: field.text('тема урока').optional(),
  homework: field.text('домашнее задание').optional(),
  noHomework: field.flag('без задания').optional(),
  individualHomework: perStudent('индивидуальное задание').optional(),
  remarks: perStudent('замечание').optional(),
  conducted: field.flag('урок проведён').optional(),
});

const markValues = field.list(field.int('отметка'), 'отметка (две — для двойной «4/5»)');

const marksBody = z.object({
  marks: field.list(
    z.object({ studentId: field.text('ученик'), values: markValues.optional(), passFail: field.text('зачёт или незачёт').optional(), workKind: field.text('вид работы'), comment: field.text('комментарий').optional(), explanation: field.text('пояснение, если ученик отсутствовал').optional() }),
    'отметки класса за урок',
  ),
});

const correctionBody = z.object({
  values: markValues.optional(),
  passFail: field.text('зачёт или незачёт').optional(),
  workKind: field.text('вид работы').optional(),
  comment: field.text('комментарий').optional(),
  remove: field.flag('удалить отметку').optional(),
  reason: field.text('причина исправления'),
});

const decisionBody = z.object({ approve: field.flag('одобрить'), note: field.text('комментарий').optional() });
const yearFinalBody = z.object({ kind: field.oneOf(['year', 'exam'] as const, 'вид: year (годовая) или exam (экзамен)'), value: field.int('отметка'), reason: field.text('причина').optional() });
const finalBody = z.object({
  value: field.int('итоговая отметка').optional(),
  notAttested: field.flag('«н/а»: не аттестован (при нехватке отметок, 004 §5)').optional(),
  reason: field.text('причина, если отметка отличается от предложенной или отметок не хватает', 500).optional(),
});

const finalRequestBody = z.object({ value: field.int('итоговая отметка'), reason: field.text('причина изменения', 500) });
const yearFinalRequestBody = finalRequestBody.extend({ kind: field.oneOf(['year', 'exam'] as const, 'вид: year (годовая) или exam (экзамен)') });

/** The class journal (gradebook service): journal pages, lesson records, marks, change requests, finals. */
export function journalRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const gradebook = upstream.gradebook;
  const pageKey = (req: Parameters<typeof param>[0]): gradebookV1.JournalPageKey => ({
    classId: param(req, 'classId'),
    groupId: typeof req.query.groupId === 'string' ? req.query.groupId : '',
    subjectId: param(req, 'subjectId'),
    periodId: param(req, 'periodId'),
  });

  // The grid a teacher opens: one request, one call.
  router.get('/classes/:classId/subjects/:subjectId/periods/:periodId/journal', permit('journal.read'), async (req, res) => {
    const page = await upstream.call<gradebookV1.JournalPage__Output>(callerOf(res), 'GradebookService/GetJournalPage', (md, o, cb) => gradebook.getJournalPage(pageKey(req), md, o, cb));
    res.json(toJson(page));
  });

  router.put('/lessons/:lessonId/record', permit('journal.edit'), accepts(lessonRecordBody), async (req, res) => {
    const body = bodyOf(res, lessonRecordBody);
    const record = await upstream.call<gradebookV1.LessonRecord__Output>(callerOf(res), 'GradebookService/RecordLesson', (md, o, cb) => gradebook.recordLesson({ lessonId: param(req, 'lessonId'), ...body }, md, o, cb));
    res.json(toJson(record));
  });

  router.post('/lessons/:lessonId/marks', permit('journal.edit'), accepts(marksBody), async (req, res) => {
    const body = bodyOf(res, marksBody);
    const result = await upstream.call<gradebookV1.SetMarksResult__Output>(callerOf(res), 'GradebookService/SetMarks', (md, o, cb) => gradebook.setMarks({ lessonId: param(req, 'lessonId'), ...body }, md, o, cb));
    res.status(201).json(toJson(result));
  });

  router.post('/lessons/:lessonId/marks/:markId/corrections', permit('journal.edit'), accepts(correctionBody), async (req, res) => {
    const body = bodyOf(res, correctionBody);
    const result = await upstream.call<gradebookV1.CorrectMarkResult__Output>(callerOf(res), 'GradebookService/CorrectMark', (md, o, cb) =>
      gradebook.correctMark({ lessonId: param(req, 'lessonId'), markId: param(req, 'markId'), ...body }, md, o, cb),
    );
    // 202: the correction waits for the administrator's decision.
    res.status(result.changeRequest ? 202 : 200).json(toJson(result));
  });

  router.post('/lessons/:lessonId/change-requests/:requestId/decision', permit('mark-change.decide'), accepts(decisionBody), async (req, res) => {
    const body = bodyOf(res, decisionBody);
    const decided = await upstream.call<gradebookV1.ChangeRequest__Output>(callerOf(res), 'GradebookService/DecideChangeRequest', (md, o, cb) =>
      gradebook.decideChangeRequest({ lessonId: param(req, 'lessonId'), requestId: param(req, 'requestId'), ...body }, md, o, cb),
    );
    res.json(toJson(decided));
  });

  router.put('/classes/:classId/subjects/:subjectId/periods/:periodId/finals/:studentId', permit('journal.edit'), accepts(finalBody), async (req, res) => {
    const body = bodyOf(res, finalBody);
    const final = await upstream.call<gradebookV1.Final__Output>(callerOf(res), 'GradebookService/SetFinal', (md, o, cb) =>
      gradebook.setFinal({ page: pageKey(req), studentId: param(req, 'studentId'), value: body.value ?? 0, notAttested: body.notAttested ?? false, reason: body.reason ?? '' }, md, o, cb),
    );
    res.json(toJson(final));
  });

  // Year finals from the period finals, and exam marks.
  const yearKey = (req: Parameters<typeof param>[0]): gradebookV1.YearFinalsKey => ({
    classId: param(req, 'classId'),
    groupId: typeof req.query.groupId === 'string' ? req.query.groupId : '',
    subjectId: param(req, 'subjectId'),
    yearId: param(req, 'yearId'),
  });

  router.get('/classes/:classId/subjects/:subjectId/years/:yearId/finals', permit('journal.read'), async (req, res) => {
    const finals = await upstream.call<gradebookV1.YearFinals__Output>(callerOf(res), 'GradebookService/GetYearFinals', (md, o, cb) => gradebook.getYearFinals(yearKey(req), md, o, cb));
    res.json(toJson(finals));
  });

  router.put('/classes/:classId/subjects/:subjectId/years/:yearId/finals/:studentId', permit('journal.edit'), accepts(yearFinalBody), async (req, res) => {
    const body = bodyOf(res, yearFinalBody);
    const final = await upstream.call<gradebookV1.Final__Output>(callerOf(res), 'GradebookService/SetYearFinal', (md, o, cb) =>
      gradebook.setYearFinal({ key: yearKey(req), studentId: param(req, 'studentId'), kind: body.kind, value: body.value, reason: body.reason ?? '' }, md, o, cb),
    );
    res.json(toJson(final));
  });

  // After closure a final changes only through a request the administrator decides.
  router.post('/classes/:classId/subjects/:subjectId/periods/:periodId/final-change-requests/:studentId', permit('journal.edit'), accepts(finalRequestBody), async (req, res) => {
    const body = bodyOf(res, finalRequestBody);
    const made = await upstream.call<gradebookV1.FinalChangeRequest__Output>(callerOf(res), 'GradebookService/RequestFinalChange', (md, o, cb) =>
      gradebook.requestFinalChange({ page: pageKey(req), studentId: param(req, 'studentId'), kind: 'period', value: body.value, reason: body.reason }, md, o, cb),
    );
    res.status(201).json(toJson(made));
  });
  router.post('/classes/:classId/subjects/:subjectId/years/:yearId/final-change-requests/:studentId', permit('journal.edit'), accepts(yearFinalRequestBody), async (req, res) => {
    const body = bodyOf(res, yearFinalRequestBody);
    const made = await upstream.call<gradebookV1.FinalChangeRequest__Output>(callerOf(res), 'GradebookService/RequestFinalChange', (md, o, cb) =>
      gradebook.requestFinalChange({ year: yearKey(req), studentId: param(req, 'studentId'), kind: body.kind, value: body.value, reason: body.reason }, md, o, cb),
    );
    res.status(201).json(toJson(made));
  });
  router.post('/journal-pages/:pageId/final-change-requests/:requestId/decision', permit('mark-change.decide'), accepts(decisionBody), async (req, res) => {
    const body = bodyOf(res, decisionBody);
    const decided = await upstream.call<gradebookV1.FinalChangeRequest__Output>(callerOf(res), 'GradebookService/DecideFinalChange', (md, o, cb) =>
      gradebook.decideFinalChange({ pageId: param(req, 'pageId'), requestId: param(req, 'requestId'), approve: body.approve, note: body.note ?? '' }, md, o, cb),
    );
    res.json(toJson(decided));
  });

  // Homework files (000 §3.2, 004 §4.2.5): the body is the file itself, its name in ?name=.
  router.post('/lessons/:lessonId/homework/files', permit('journal.edit'), express.raw({ type: () => true, limit: '6mb' }), async (req, res) => {
    const name = query(req, 'name');
    if (!name) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'укажите имя файла: ?name=', { name: 'имя файла' });
    const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const file = await upstream.call<gradebookV1.HomeworkFile__Output>(callerOf(res), 'GradebookService/AttachHomeworkFile', (md, o, cb) =>
      gradebook.attachHomeworkFile({ lessonId: param(req, 'lessonId'), name, contentType: req.get('content-type') ?? '', content }, md, o, cb),
    );
    res.status(201).location(`${req.baseUrl}/lessons/${param(req, 'lessonId')}/homework/files/${file.id}`).json(toJson(file));
  });

  // Readers of the lesson's journal page, and the class's students and their parents: the service decides.
  router.get('/lessons/:lessonId/homework/files/:fileId', async (req, res) => {
    const { file, content } = await upstream.call<gradebookV1.HomeworkFileContent__Output>(callerOf(res), 'GradebookService/GetHomeworkFile', (md, o, cb) =>
      gradebook.getHomeworkFile({ lessonId: param(req, 'lessonId'), fileId: param(req, 'fileId') }, md, o, cb),
    );
    res
      .type(file?.contentType ?? 'application/octet-stream')
      .set('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file?.name ?? 'file')}`)
      .set('cache-control', 'private, no-store')
      .send(Buffer.from(content));
  });

  return router;
}
