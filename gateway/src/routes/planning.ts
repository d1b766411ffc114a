import type { curriculumV1 } from '@ejournal/contracts';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { idQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { toJson } from '../wire';

const curriculumBody = z.object({
  lines: field.list(
    z.object({
      subjectId: field.text('предмет'),
      hoursPerWeek: field.number('часов в неделю'),
      elective: field.flag('элективный курс').optional(),
      passFail: field.flag('зачёт/незачёт').optional(),
    }),
    'строки учебного плана',
  ),
});

const loadBody = z.object({
  assignments: field.list(
    z.object({
      teacherId: field.teacher('учитель'),
      subjectId: field.text('предмет'),
      classId: field.text('класс'),
      groupId: field.text('группа').optional(),
      hoursPerWeek: field.number('часов в неделю'),
    }),
    'нагрузка: кто что ведёт в каком классе',
  ),
});

const thematicPlanBody = z.object({
  grade: field.int('параллель'),
  subjectId: field.text('предмет'),
  // A teacher's own plan; the school's plan for the subject when not given.
  teacherId: field.teacher('учитель').optional(),
  topics: field.list(z.object({ number: field.int('номер темы').optional(), title: field.text('тема'), hours: field.number('часов на тему') }), 'темы'),
});

const curriculumKey = (req: Request): curriculumV1.CurriculumKey => ({ yearId: param(req, 'yearId'), grade: Number(param(req, 'grade')) });

/** What is taught: a year's curriculum per grade, the teachers' load, calendar-thematic plans (КТП). */
export function planningRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const curriculum = upstream.curriculum;

  router.put('/years/:yearId/curriculum/:grade', permit('schedule.manage'), accepts(curriculumBody), async (req, res) => {
    const { lines } = bodyOf(res, curriculumBody);
    const saved = await upstream.call<curriculumV1.Curriculum__Output>(callerOf(res), 'CurriculumService/SetCurriculum', (md, o, cb) =>
      curriculum.setCurriculum({ ...curriculumKey(req), lines }, md, o, cb),
    );
    res.json(toJson(saved));
  });

  router.post('/years/:yearId/curriculum/:grade/approve', permit('schedule.manage'), async (req, res) => {
    const approved = await upstream.call<curriculumV1.Curriculum__Output>(callerOf(res), 'CurriculumService/ApproveCurriculum', (md, o, cb) =>
      curriculum.approveCurriculum(curriculumKey(req), md, o, cb),
    );
    res.json(toJson(approved));
  });

  router.get('/years/:yearId/curriculum/:grade', permit('schedule.read'), async (req, res) => {
    const found = await upstream.call<curriculumV1.Curriculum__Output>(callerOf(res), 'CurriculumService/GetCurriculum', (md, o, cb) =>
      curriculum.getCurriculum(curriculumKey(req), md, o, cb),
    );
    res.json(toJson(found));
  });

  router.put('/years/:yearId/load', permit('schedule.manage'), accepts(loadBody), async (req, res) => {
    const { assignments } = bodyOf(res, loadBody);
    const load = await upstream.call<curriculumV1.TeacherLoad__Output>(callerOf(res), 'CurriculumService/SetTeacherLoad', (md, o, cb) =>
      curriculum.setTeacherLoad({ yearId: param(req, 'yearId'), assignments }, md, o, cb),
    );
    res.json(toJson(load));
  });

  router.get('/years/:yearId/load', permit('load.read'), async (req, res) => {
    const teacherId = idQuery(req, 'teacherId');
    const load = await upstream.call<curriculumV1.TeacherLoad__Output>(callerOf(res), 'CurriculumService/GetTeacherLoad', (md, o, cb) =>
      curriculum.getTeacherLoad({ yearId: param(req, 'yearId'), teacherId }, md, o, cb),
    );
    res.json(toJson(load));
  });

  // A teacher writes the plan of their own subject; the school's administrator or deputy may write anyone's.
  router.put('/years/:yearId/thematic-plans', permit('thematic-plan.edit'), accepts(thematicPlanBody), async (req, res) => {
    const body = bodyOf(res, thematicPlanBody);
    const plan = await upstream.call<curriculumV1.ThematicPlan__Output>(callerOf(res), 'CurriculumService/SetThematicPlan', (md, o, cb) =>
      curriculum.setThematicPlan({ yearId: param(req, 'yearId'), ...body }, md, o, cb),
    );
    res.location(`/api/v1/thematic-plans/${plan.id}`).json(toJson(plan));
  });

  router.get('/years/:yearId/thematic-plans', permit('schedule.read'), async (req, res) => {
    const plans = await upstream.call<curriculumV1.ThematicPlans__Output>(callerOf(res), 'CurriculumService/ListThematicPlans', (md, o, cb) =>
      curriculum.listThematicPlans({ yearId: param(req, 'yearId') }, md, o, cb),
    );
    res.json(toJson(plans));
  });

  router.get('/thematic-plans/:planId', permit('schedule.read'), async (req, res) => {
    const plan = await upstream.call<curriculumV1.ThematicPlan__Output>(callerOf(res), 'CurriculumService/GetThematicPlan', (md, o, cb) =>
      curriculum.getThematicPlan({ planId: param(req, 'planId') }, md, o, cb),
    );
    res.json(toJson(plan));
  });

  // The deputy director (or the administrator) approves a plan.
  router.post('/thematic-plans/:planId/approve', permit('schedule.manage'), async (req, res) => {
    const plan = await upstream.call<curriculumV1.ThematicPlan__Output>(callerOf(res), 'CurriculumService/ApproveThematicPlan', (md, o, cb) =>
      curriculum.approveThematicPlan({ planId: param(req, 'planId') }, md, o, cb),
    );
    res.json(toJson(plan));
  });

  return router;
}
