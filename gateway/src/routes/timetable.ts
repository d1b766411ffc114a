import type { curriculumV1 } from '@ejournal/contracts';
import { Router } from 'express';
import { z } from 'zod';
import { dateQuery, idQuery, param, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { field, accepts, bodyOf } from '../validation';
import { toJson } from '../wire';

const timetableBody = z.object({
  // The whole academic year when not given.
  validFrom: field.date('действует с').optional(),
  validTo: field.date('действует по').optional(),
  entries: field.list(
    z.object({
      weekday: field.int('день недели (1 — понедельник)'),
      lessonNumber: field.int('номер урока'),
      subjectId: field.text('предмет'),
      groupId: field.text('группа').optional(),
      teacherId: field.teacher('учитель'),
      roomId: field.text('кабинет').optional(),
    }),
    'уроки недели',
  ),
});

const generateBody = z.object({ from: field.date('с какой даты').optional(), to: field.date('по какую дату').optional() });

const addLessonBody = z.object({
  groupId: field.text('группа').optional(),
  subjectId: field.text('предмет'),
  teacherId: field.teacher('учитель'),
  roomId: field.text('кабинет').optional(),
  date: field.date('дата урока'),
  number: field.int('номер урока'),
  reason: field.text('причина').optional(),
});

const moveBody = z.object({ date: field.date('новая дата урока'), number: field.int('новый номер урока'), roomId: field.text('кабинет').optional(), reason: field.text('причина переноса') });
const cancelBody = z.object({ reason: field.text('причина отмены') });
const substitutionBody = z.object({ teacherId: field.teacher('учитель на замену (пустая строка снимает замену)'), reason: field.text('причина замены').optional() });

/** Weekly timetables of classes, the dated lessons planned from them and their changes (moves, cancellations, substitutions). */
export function timetableRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const curriculum = upstream.curriculum;

  router.put('/classes/:classId/timetable', permit('schedule.manage'), accepts(timetableBody), async (req, res) => {
    const body = bodyOf(res, timetableBody);
    const timetable = await upstream.call<curriculumV1.ClassTimetable__Output>(callerOf(res), 'CurriculumService/SetClassTimetable', (md, o, cb) =>
      curriculum.setClassTimetable({ classId: param(req, 'classId'), ...body }, md, o, cb),
    );
    res.json(toJson(timetable));
  });

  router.get('/classes/:classId/timetable', permit('schedule.read'), async (req, res) => {
    const timetable = await upstream.call<curriculumV1.ClassTimetable__Output>(callerOf(res), 'CurriculumService/GetClassTimetable', (md, o, cb) =>
      curriculum.getClassTimetable({ classId: param(req, 'classId') }, md, o, cb),
    );
    res.json(toJson(timetable));
  });

  // Plans the dated lessons between two dates (the whole year when none are given); repeating it changes nothing.
  router.post('/classes/:classId/lessons/generate', permit('schedule.manage'), accepts(generateBody, { optional: true }), async (req, res) => {
    const { from, to } = bodyOf(res, generateBody);
    const result = await upstream.call<curriculumV1.GenerateLessonsResult__Output>(callerOf(res), 'CurriculumService/GenerateLessons', (md, o, cb) =>
      curriculum.generateLessons({ classId: param(req, 'classId'), from: from ?? '', to: to ?? '' }, md, o, cb),
    );
    res.json(toJson(result));
  });

  router.get('/classes/:classId/lessons', permit('schedule.read'), async (req, res) => {
    const weekOf = dateQuery(req, 'week');
    const lessons = await upstream.call<curriculumV1.Lessons__Output>(callerOf(res), 'CurriculumService/ListClassLessons', (md, o, cb) =>
      curriculum.listClassLessons({ classId: param(req, 'classId'), weekOf }, md, o, cb),
    );
    res.json(toJson(lessons));
  });

  // An extra lesson, outside the weekly timetable.
  router.post('/classes/:classId/lessons', permit('schedule.manage'), accepts(addLessonBody), async (req, res) => {
    const body = bodyOf(res, addLessonBody);
    const lesson = await upstream.call<curriculumV1.Lesson__Output>(callerOf(res), 'CurriculumService/AddLesson', (md, o, cb) =>
      curriculum.addLesson({ classId: param(req, 'classId'), ...body }, md, o, cb),
    );
    res.status(201).location(`/api/v1/lessons/${lesson.id}`).json(toJson(lesson));
  });

  router.get('/classes/:classId/subjects/:subjectId/lessons', permit('schedule.read'), async (req, res) => {
    const periodId = idQuery(req, 'periodId');
    const lessons = await upstream.call<curriculumV1.Lessons__Output>(callerOf(res), 'CurriculumService/ListSubjectLessons', (md, o, cb) =>
      curriculum.listSubjectLessons({ classId: param(req, 'classId'), subjectId: param(req, 'subjectId'), periodId }, md, o, cb),
    );
    res.json(toJson(lessons));
  });

  router.get(
    '/schools/:schoolId/teachers/:teacherId/lessons',
    permit('schedule.read', (req) => ({ schoolId: param(req, 'schoolId'), teacherId: param(req, 'teacherId') })),
    async (req, res) => {
      const weekOf = dateQuery(req, 'week');
      const lessons = await upstream.call<curriculumV1.Lessons__Output>(callerOf(res), 'CurriculumService/ListTeacherLessons', (md, o, cb) =>
        curriculum.listTeacherLessons({ schoolId: param(req, 'schoolId'), teacherId: param(req, 'teacherId'), weekOf }, md, o, cb),
      );
      res.json(toJson(lessons));
    },
  );

  // Staff of the school; a parent for their child; a student for themselves.
  router.get(
    '/schools/:schoolId/students/:studentId/timetable',
    permit('schedule.read', (req) => ({ schoolId: param(req, 'schoolId'), studentId: param(req, 'studentId') })),
    async (req, res) => {
      const weekOf = dateQuery(req, 'week');
      const lessons = await upstream.call<curriculumV1.Lessons__Output>(callerOf(res), 'CurriculumService/GetStudentTimetable', (md, o, cb) =>
        curriculum.getStudentTimetable({ schoolId: param(req, 'schoolId'), studentId: param(req, 'studentId'), weekOf }, md, o, cb),
      );
      res.json(toJson(lessons));
    },
  );

  router.get('/lessons/:lessonId', permit('schedule.read'), async (req, res) => {
    const lesson = await upstream.call<curriculumV1.Lesson__Output>(callerOf(res), 'CurriculumService/GetLesson', (md, o, cb) =>
      curriculum.getLesson({ lessonId: param(req, 'lessonId') }, md, o, cb),
    );
    res.json(toJson(lesson));
  });

  router.post('/lessons/:lessonId/move', permit('schedule.manage'), accepts(moveBody), async (req, res) => {
    const body = bodyOf(res, moveBody);
    const lesson = await upstream.call<curriculumV1.Lesson__Output>(callerOf(res), 'CurriculumService/MoveLesson', (md, o, cb) =>
      curriculum.moveLesson({ lessonId: param(req, 'lessonId'), ...body }, md, o, cb),
    );
    res.json(toJson(lesson));
  });

  router.post('/lessons/:lessonId/cancel', permit('schedule.manage'), accepts(cancelBody), async (req, res) => {
    const { reason } = bodyOf(res, cancelBody);
    const lesson = await upstream.call<curriculumV1.Lesson__Output>(callerOf(res), 'CurriculumService/CancelLesson', (md, o, cb) =>
      curriculum.cancelLesson({ lessonId: param(req, 'lessonId'), reason }, md, o, cb),
    );
    res.json(toJson(lesson));
  });

  router.put('/lessons/:lessonId/substitution', permit('schedule.manage'), accepts(substitutionBody), async (req, res) => {
    const body = bodyOf(res, substitutionBody);
    const lesson = await upstream.call<curriculumV1.Lesson__Output>(callerOf(res), 'CurriculumService/SetSubstitution', (md, o, cb) =>
      curriculum.setSubstitution({ lessonId: param(req, 'lessonId'), ...body }, md, o, cb),
    );
    res.json(toJson(lesson));
  });

  return router;
}
