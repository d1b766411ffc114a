import type { curriculumV1, gradebookV1 } from '@ejournal/contracts';
import { isServiceError, violationsOf } from '@ejournal/kit';
import { status } from '@grpc/grpc-js';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { dateQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { Problem } from '../problem';
import { callerOf, type Caller, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { toJson } from '../wire';

const PERIOD_SCHEMES = ['QUARTERS', 'TRIMESTERS', 'HALF_YEARS'] as const satisfies readonly curriculumV1.PeriodScheme__Output[];
const periodScheme = field.oneOf(PERIOD_SCHEMES, 'схема периодов');
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (label: string) => field.text(label).regex(TIME, { error: `время ЧЧ:ММ: ${label}` });

/** The whole settings document (PUT replaces it); `version`, if sent back, is ignored. */
const settingsBody = z.object({
  periodSchemes: field.list(z.object({ fromGrade: field.int('с какого класса'), toGrade: field.int('по какой класс'), scheme: periodScheme }), 'схемы периодов по параллелям'),
  lowestMark: field.int('низшая отметка'),
  highestMark: field.int('высшая отметка'),
  workKinds: field.list(
    z.object({
      code: field.text('код вида работы'),
      name: field.text('название вида работы'),
      weight: field.number('вес вида работы'),
      written: field.flag('письменная работа').optional(),
      markingDays: field.int('срок выставления отметок, дней'),
      workingDays: field.flag('срок в рабочих днях').optional(),
    }),
    'виды работ',
  ),
  rounding: z.object({ fiveFrom: field.number('«5» со среднего балла'), fourFrom: field.number('«4» со среднего балла'), threeFrom: field.number('«3» со среднего балла') }, { error: 'объект: границы округления' }),
  workingWeekdays: field.list(field.int('учебный день недели (1 — понедельник)'), 'учебные дни недели'),
  holidays: field.list(z.object({ startsOn: field.date('начало каникул'), endsOn: field.date('конец каникул'), name: field.text('название каникул') }), 'каникулы и праздники'),
  bellSchedules: field.list(
    z.object({
      shift: field.int('смена'),
      bells: field.list(z.object({ number: field.int('номер урока'), startsAt: time('начало урока'), endsAt: time('конец урока') }), 'звонки смены'),
    }),
    'расписания звонков',
  ),
  markCorrectionMinutes: field.int('минут на исправление своей отметки'),
  minimumMarks: z
    .object({ quarter: field.int('отметок за четверть'), trimester: field.int('отметок за триместр'), halfYear: field.int('отметок за полугодие'), written: field.int('из них письменных, лабораторных, практических') }, { error: 'объект: наименьшее число отметок' })
    .optional()
    .describe('наименьшее число отметок для итоговой за период (004 §5; по умолчанию 3 за четверть, 6 за триместр и полугодие, из них 1 письменная); итоговая ученику с меньшим числом — только «н/а» с причиной'),
  timeZone: field.text('часовой пояс школы (IANA, например Europe/Moscow): от него зависит, начался ли урок', 64).optional(),
  studyWeeksFirstGrade: field.int('учебных недель в 1 классе'),
  studyWeeks: field.int('учебных недель во 2–12 классах'),
  lastGrade: field.int('последний класс школы'),
});

const createYearBody = z.object({
  startsOn: field.date('начало учебного года'),
  endsOn: field.date('конец учебного года'),
  periodSets: field.list(
    z.object({ scheme: periodScheme, periods: field.list(z.object({ startsOn: field.date('начало периода'), endsOn: field.date('конец периода') }), 'периоды схемы') }),
    'периоды по схемам',
  ),
});

const subjectBody = z.object({ name: field.text('название предмета'), shortName: field.text('краткое название').optional() });
const roomBody = z.object({ name: field.text('название кабинета'), capacity: field.int('вместимость').optional() });
const textbookBody = z.object({
  subjectId: field.text('предмет'),
  title: field.text('название учебника'),
  authors: field.text('авторы').optional(),
  grades: field.list(field.int('класс'), 'классы'),
});

const transitionBody = z.object({
  toYearId: field.text('учебный год, в который переводятся классы'),
  orderNumber: field.text('номер приказа о переводе').optional(),
  dryRun: field.flag('только предварительный просмотр'),
});

const inSchool = (req: Request) => ({ schoolId: param(req, 'schoolId') });

/** Closing a period is deliberate: the body confirms it. */
const closePeriodBody = z.object({ confirm: field.flag('подтверждение закрытия (true)') });
const reopenPeriodBody = z.object({ reason: field.text('причина', 500) });

/** «уроков без темы — 12, учеников без итоговой — 3, запросов на изменение — 1», or that nothing is incomplete. */
export function incompleteSummary(totals: gradebookV1.ReadinessTotals__Output | null): string {
  if (!totals || totals.lessonsWithoutTopic + totals.studentsWithoutFinal + totals.pendingChangeRequests === 0) return 'незаполненного нет';
  return `не заполнено: уроков без темы — ${totals.lessonsWithoutTopic}, учеников без итоговой — ${totals.studentsWithoutFinal}, запросов на изменение — ${totals.pendingChangeRequests}`;
}

/**
 * Curriculum's refusal of a closure that was not confirmed, with the period's incomplete counts added to
 * its detail; any other error as it was. When the counts cannot be had (the gradebook away), the
 * refusal stands as curriculum gave it: it is still the right answer, only shorter.
 */
async function withIncomplete(error: unknown, upstream: Upstream, caller: Caller, key: { yearId: string; periodId: string }): Promise<unknown> {
  if (!isServiceError(error) || error.code !== status.INVALID_ARGUMENT || !('confirm' in violationsOf(error))) return error;
  // Reads on the caller's behalf: the command's Idempotency-Key is not theirs.
  const reader: Caller = { principal: caller.principal, clientAddress: caller.clientAddress };
  try {
    const year = await upstream.call<curriculumV1.AcademicYear__Output>(reader, 'CurriculumService/GetAcademicYear', (md, o, cb) => upstream.curriculum.getAcademicYear({ yearId: key.yearId }, md, o, cb));
    const readiness = await upstream.call<gradebookV1.ClosureReadiness__Output>(reader, 'GradebookService/GetClosureReadiness', (md, o, cb) =>
      upstream.gradebook.getClosureReadiness({ schoolId: year.schoolId, ...key }, md, o, cb),
    );
    return new Problem(400, 'invalid-argument', 'Неверный запрос', `${error.details}; ${incompleteSummary(readiness.totals)}`, violationsOf(error));
  } catch {
    return error;
  }
}

/** A school's settings, its academic years and periods, its catalogue; year transition and the electronic inspector. */
export function schoolYearRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const curriculum = upstream.curriculum;

  router.get('/schools/:schoolId/settings', permit('schedule.read', inSchool), async (req, res) => {
    const settings = await upstream.call<curriculumV1.SchoolSettings__Output>(callerOf(res), 'CurriculumService/GetSchoolSettings', (md, o, cb) =>
      curriculum.getSchoolSettings({ id: param(req, 'schoolId') }, md, o, cb),
    );
    res.json(toJson(settings));
  });

  router.put('/schools/:schoolId/settings', permit('school.configure', inSchool), accepts(settingsBody), async (req, res) => {
    const settings = bodyOf(res, settingsBody);
    const saved = await upstream.call<curriculumV1.SchoolSettings__Output>(callerOf(res), 'CurriculumService/UpdateSchoolSettings', (md, o, cb) =>
      curriculum.updateSchoolSettings({ schoolId: param(req, 'schoolId'), settings }, md, o, cb),
    );
    res.json(toJson(saved));
  });

  router.post('/schools/:schoolId/years', permit('schedule.manage', inSchool), accepts(createYearBody), async (req, res) => {
    const body = bodyOf(res, createYearBody);
    const year = await upstream.call<curriculumV1.AcademicYear__Output>(callerOf(res), 'CurriculumService/CreateAcademicYear', (md, o, cb) =>
      curriculum.createAcademicYear({ schoolId: param(req, 'schoolId'), ...body }, md, o, cb),
    );
    res.status(201).location(`/api/v1/years/${year.id}`).json(toJson(year));
  });

  router.get('/schools/:schoolId/years', permit('schedule.read', inSchool), async (req, res) => {
    const years = await upstream.call<curriculumV1.AcademicYears__Output>(callerOf(res), 'CurriculumService/ListAcademicYears', (md, o, cb) =>
      curriculum.listAcademicYears({ schoolId: param(req, 'schoolId') }, md, o, cb),
    );
    res.json(toJson(years));
  });

  router.get('/years/:yearId', permit('schedule.read'), async (req, res) => {
    const year = await upstream.call<curriculumV1.AcademicYear__Output>(callerOf(res), 'CurriculumService/GetAcademicYear', (md, o, cb) =>
      curriculum.getAcademicYear({ yearId: param(req, 'yearId') }, md, o, cb),
    );
    res.json(toJson(year));
  });

  // Closing a period is deliberate: the body must confirm it ({ "confirm": true }); the answer says what is locked.
  // Unconfirmed, the refusal also says how much the period leaves incomplete (issue #16).
  router.post('/years/:yearId/periods/:periodId/close', permit('year.transition'), accepts(closePeriodBody), async (req, res) => {
    const body = bodyOf(res, closePeriodBody);
    const key = { yearId: param(req, 'yearId'), periodId: param(req, 'periodId') };
    const closure = await upstream
      .call<curriculumV1.PeriodClosure__Output>(callerOf(res), 'CurriculumService/ClosePeriod', (md, o, cb) => curriculum.closePeriod({ ...key, confirm: body.confirm }, md, o, cb))
      .catch(async (error: unknown) => {
        throw await withIncomplete(error, upstream, callerOf(res), key);
      });
    res.json(toJson(closure));
  });

  // Before closing a period: what its journal pages leave incomplete (the gradebook's), for the administrator to confirm closing anyway.
  router.get('/schools/:schoolId/years/:yearId/periods/:periodId/readiness', permit('year.transition', inSchool), async (req, res) => {
    const readiness = await upstream.call<gradebookV1.ClosureReadiness__Output>(callerOf(res), 'GradebookService/GetClosureReadiness', (md, o, cb) =>
      upstream.gradebook.getClosureReadiness({ schoolId: param(req, 'schoolId'), yearId: param(req, 'yearId'), periodId: param(req, 'periodId') }, md, o, cb),
    );
    res.json(toJson(readiness));
  });

  // An administrator reopens a closed period, with the reason (kept in the period's history).
  router.post('/years/:yearId/periods/:periodId/reopen', permit('year.transition'), accepts(reopenPeriodBody), async (req, res) => {
    const body = bodyOf(res, reopenPeriodBody);
    const closure = await upstream.call<curriculumV1.PeriodClosure__Output>(callerOf(res), 'CurriculumService/ReopenPeriod', (md, o, cb) =>
      curriculum.reopenPeriod({ yearId: param(req, 'yearId'), periodId: param(req, 'periodId'), reason: body.reason }, md, o, cb),
    );
    res.json(toJson(closure));
  });

  router.get('/schools/:schoolId/catalogue', permit('schedule.read', inSchool), async (req, res) => {
    const catalogue = await upstream.call<curriculumV1.Catalogue__Output>(callerOf(res), 'CurriculumService/GetCatalogue', (md, o, cb) =>
      curriculum.getCatalogue({ schoolId: param(req, 'schoolId') }, md, o, cb),
    );
    res.json(toJson(catalogue));
  });

  router.post('/schools/:schoolId/subjects', permit('schedule.manage', inSchool), accepts(subjectBody), async (req, res) => {
    const body = bodyOf(res, subjectBody);
    const subject = await upstream.call<curriculumV1.Subject__Output>(callerOf(res), 'CurriculumService/AddSubject', (md, o, cb) =>
      curriculum.addSubject({ schoolId: param(req, 'schoolId'), ...body }, md, o, cb),
    );
    res.status(201).json(toJson(subject));
  });

  router.post('/schools/:schoolId/rooms', permit('schedule.manage', inSchool), accepts(roomBody), async (req, res) => {
    const body = bodyOf(res, roomBody);
    const room = await upstream.call<curriculumV1.Room__Output>(callerOf(res), 'CurriculumService/AddRoom', (md, o, cb) =>
      curriculum.addRoom({ schoolId: param(req, 'schoolId'), ...body }, md, o, cb),
    );
    res.status(201).json(toJson(room));
  });

  router.post('/schools/:schoolId/textbooks', permit('schedule.manage', inSchool), accepts(textbookBody), async (req, res) => {
    const body = bodyOf(res, textbookBody);
    const textbook = await upstream.call<curriculumV1.Textbook__Output>(callerOf(res), 'CurriculumService/AddTextbook', (md, o, cb) =>
      curriculum.addTextbook({ schoolId: param(req, 'schoolId'), ...body }, md, o, cb),
    );
    res.status(201).json(toJson(textbook));
  });

  // Promotes every class of the year into the next one; with dryRun, only the plan (and what stops it).
  router.post('/years/:yearId/transition', permit('year.transition'), accepts(transitionBody), async (req, res) => {
    const body = bodyOf(res, transitionBody);
    const plan = await upstream.call<curriculumV1.TransitionPlan__Output>(callerOf(res), 'CurriculumService/TransitionYear', (md, o, cb) =>
      curriculum.transitionYear({ fromYearId: param(req, 'yearId'), toYearId: body.toYearId, orderNumber: body.orderNumber ?? '', dryRun: body.dryRun }, md, o, cb),
    );
    res.json(toJson(plan));
  });

  router.get('/years/:yearId/inspection', permit('inspection.read'), async (req, res) => {
    const onDate = dateQuery(req, 'onDate');
    const report = await upstream.call<curriculumV1.InspectionReport__Output>(callerOf(res), 'CurriculumService/InspectYear', (md, o, cb) =>
      curriculum.inspectYear({ yearId: param(req, 'yearId'), onDate }, md, o, cb),
    );
    res.json(toJson(report));
  });

  return router;
}
