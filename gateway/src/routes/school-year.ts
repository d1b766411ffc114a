import type { curriculumV1 } from '@ejournal/contracts';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { dateQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { field, parseBody } from '../validation';
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

  router.put('/schools/:schoolId/settings', permit('school.configure', inSchool), async (req, res) => {
    const settings = parseBody(settingsBody, req.body);
    const saved = await upstream.call<curriculumV1.SchoolSettings__Output>(callerOf(res), 'CurriculumService/UpdateSchoolSettings', (md, o, cb) =>
      curriculum.updateSchoolSettings({ schoolId: param(req, 'schoolId'), settings }, md, o, cb),
    );
    res.json(toJson(saved));
  });

  router.post('/schools/:schoolId/years', permit('schedule.manage', inSchool), async (req, res) => {
    const body = parseBody(createYearBody, req.body);
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

  router.post('/years/:yearId/periods/:periodId/close', permit('schedule.manage'), async (req, res) => {
    const year = await upstream.call<curriculumV1.AcademicYear__Output>(callerOf(res), 'CurriculumService/ClosePeriod', (md, o, cb) =>
      curriculum.closePeriod({ yearId: param(req, 'yearId'), periodId: param(req, 'periodId') }, md, o, cb),
    );
    res.json(toJson(year));
  });

  router.get('/schools/:schoolId/catalogue', permit('schedule.read', inSchool), async (req, res) => {
    const catalogue = await upstream.call<curriculumV1.Catalogue__Output>(callerOf(res), 'CurriculumService/GetCatalogue', (md, o, cb) =>
      curriculum.getCatalogue({ schoolId: param(req, 'schoolId') }, md, o, cb),
    );
    res.json(toJson(catalogue));
  });

  router.post('/schools/:schoolId/subjects', permit('schedule.manage', inSchool), async (req, res) => {
    const body = parseBody(subjectBody, req.body);
    const subject = await upstream.call<curriculumV1.Subject__Output>(callerOf(res), 'CurriculumService/AddSubject', (md, o, cb) =>
      curriculum.addSubject({ schoolId: param(req, 'schoolId'), ...body }, md, o, cb),
    );
    res.status(201).json(toJson(subject));
  });

  router.post('/schools/:schoolId/rooms', permit('schedule.manage', inSchool), async (req, res) => {
    const body = parseBody(roomBody, req.body);
    const room = await upstream.call<curriculumV1.Room__Output>(callerOf(res), 'CurriculumService/AddRoom', (md, o, cb) =>
      curriculum.addRoom({ schoolId: param(req, 'schoolId'), ...body }, md, o, cb),
    );
    res.status(201).json(toJson(room));
  });

  router.post('/schools/:schoolId/textbooks', permit('schedule.manage', inSchool), async (req, res) => {
    const body = parseBody(textbookBody, req.body);
    const textbook = await upstream.call<curriculumV1.Textbook__Output>(callerOf(res), 'CurriculumService/AddTextbook', (md, o, cb) =>
      curriculum.addTextbook({ schoolId: param(req, 'schoolId'), ...body }, md, o, cb),
    );
    res.status(201).json(toJson(textbook));
  });

  // Promotes every class of the year into the next one; with dryRun, only the plan (and what stops it).
  router.post('/years/:yearId/transition', permit('year.transition'), async (req, res) => {
    const body = parseBody(transitionBody, req.body);
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
