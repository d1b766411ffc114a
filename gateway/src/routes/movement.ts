import type { curriculumV1 } from '@ejournal/contracts';
import { Router } from 'express';
import { z } from 'zod';
import { dateQuery, idQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { toJson } from '../wire';

const MOVEMENT_KINDS = ['ENROL', 'TRANSFER', 'TRANSFER_IN', 'TRANSFER_OUT', 'EXPEL', 'PROMOTE', 'GRADUATE'] as const satisfies readonly curriculumV1.MovementKind__Output[];

const movementBody = z.object({
  kind: field.oneOf(MOVEMENT_KINDS, 'вид движения'),
  studentId: field.text('ученик'),
  classId: field.text('класс, в который зачисляют или переводят').optional(),
  date: field.date('дата движения'),
  orderNumber: field.text('номер приказа'),
  note: field.text('примечание').optional(),
});

const groupStudentsBody = z.object({ studentIds: field.list(field.text('ученик'), 'ученики группы'), from: field.date('с какой даты (начало учебного периода)') });

/** Enrolment and movement of students, groups of split subjects, rosters on a date, a student's history. */
export function movementRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const curriculum = upstream.curriculum;

  router.post('/years/:yearId/movements', permit('movement.manage'), accepts(movementBody), async (req, res) => {
    const body = bodyOf(res, movementBody);
    const movement = await upstream.call<curriculumV1.Movement__Output>(callerOf(res), 'CurriculumService/RecordMovement', (md, o, cb) =>
      curriculum.recordMovement({ yearId: param(req, 'yearId'), ...body }, md, o, cb),
    );
    res.status(201).json(toJson(movement));
  });

  router.post('/classes/:classId/groups/:groupId/students', permit('movement.manage'), accepts(groupStudentsBody), async (req, res) => {
    const body = bodyOf(res, groupStudentsBody);
    const roster = await upstream.call<curriculumV1.Roster__Output>(callerOf(res), 'CurriculumService/AssignToGroup', (md, o, cb) =>
      curriculum.assignToGroup({ classId: param(req, 'classId'), groupId: param(req, 'groupId'), ...body }, md, o, cb),
    );
    res.json(toJson(roster));
  });

  router.get('/classes/:classId/roster', permit('roster.read'), async (req, res) => {
    const date = dateQuery(req, 'date');
    const groupId = idQuery(req, 'groupId');
    const roster = await upstream.call<curriculumV1.Roster__Output>(callerOf(res), 'CurriculumService/GetRoster', (md, o, cb) =>
      curriculum.getRoster({ classId: param(req, 'classId'), groupId, date }, md, o, cb),
    );
    res.json(toJson(roster));
  });

  router.get(
    '/schools/:schoolId/students/:studentId/history',
    permit('roster.read', (req) => ({ schoolId: param(req, 'schoolId'), studentId: param(req, 'studentId') })),
    async (req, res) => {
      const history = await upstream.call<curriculumV1.StudentHistory__Output>(callerOf(res), 'CurriculumService/GetStudentHistory', (md, o, cb) =>
        curriculum.getStudentHistory({ schoolId: param(req, 'schoolId'), studentId: param(req, 'studentId') }, md, o, cb),
      );
      res.json(toJson(history));
    },
  );

  return router;
}
