import type { curriculumV1 } from '@ejournal/contracts';
import { Router } from 'express';
import { z } from 'zod';
import { param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { toJson } from '../wire';

const createClassBody = z.object({
  grade: field.int('параллель (1–12)'),
  letter: field.text('литера класса'),
  classTeacherId: field.text('классный руководитель').optional(),
  shift: field.int('смена').optional(),
});

const classTeacherBody = z.object({ teacherId: field.teacher('классный руководитель') });
const groupBody = z.object({ subjectId: field.text('предмет, по которому класс делится'), name: field.text('название группы') });

/** A year's classes, their class teachers and their groups for split subjects. */
export function classRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const curriculum = upstream.curriculum;

  router.post('/years/:yearId/classes', permit('schedule.manage'), accepts(createClassBody), async (req, res) => {
    const body = bodyOf(res, createClassBody);
    const created = await upstream.call<curriculumV1.SchoolClass__Output>(callerOf(res), 'CurriculumService/CreateClass', (md, o, cb) =>
      curriculum.createClass({ yearId: param(req, 'yearId'), ...body }, md, o, cb),
    );
    res.status(201).location(`/api/v1/classes/${created.id}`).json(toJson(created));
  });

  router.get('/years/:yearId/classes', permit('schedule.read'), async (req, res) => {
    const classes = await upstream.call<curriculumV1.SchoolClasses__Output>(callerOf(res), 'CurriculumService/ListClasses', (md, o, cb) =>
      curriculum.listClasses({ yearId: param(req, 'yearId') }, md, o, cb),
    );
    res.json(toJson(classes));
  });

  router.get('/classes/:classId', permit('schedule.read'), async (req, res) => {
    const found = await upstream.call<curriculumV1.SchoolClass__Output>(callerOf(res), 'CurriculumService/GetClass', (md, o, cb) =>
      curriculum.getClass({ classId: param(req, 'classId') }, md, o, cb),
    );
    res.json(toJson(found));
  });

  router.put('/classes/:classId/class-teacher', permit('schedule.manage'), accepts(classTeacherBody), async (req, res) => {
    const { teacherId } = bodyOf(res, classTeacherBody);
    const updated = await upstream.call<curriculumV1.SchoolClass__Output>(callerOf(res), 'CurriculumService/SetClassTeacher', (md, o, cb) =>
      curriculum.setClassTeacher({ classId: param(req, 'classId'), teacherId }, md, o, cb),
    );
    res.json(toJson(updated));
  });

  // Answers with the whole class, its new group among its groups.
  router.post('/classes/:classId/groups', permit('schedule.manage'), accepts(groupBody), async (req, res) => {
    const body = bodyOf(res, groupBody);
    const updated = await upstream.call<curriculumV1.SchoolClass__Output>(callerOf(res), 'CurriculumService/DefineGroup', (md, o, cb) =>
      curriculum.defineGroup({ classId: param(req, 'classId'), ...body }, md, o, cb),
    );
    res.status(201).json(toJson(updated));
  });

  return router;
}
