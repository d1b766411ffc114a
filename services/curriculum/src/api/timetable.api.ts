import { randomUUID } from 'node:crypto';
import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import { NotFound, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { yearOfWeek } from '../domain/academic-year';
import { mondayOf, parseDate } from '../domain/dates';
import { ensureSubject } from '../domain/catalogue';
import { addedLesson, cancelLesson, moveLesson, substitute, type Lesson } from '../domain/lesson';
import { classesOfWeek, takesLesson } from '../domain/roster';
import { planningRange, planWeeklyTimetable } from '../domain/timetable';
import { lessonCancelled, lessonChanged, substitutionSet } from '../events/curriculum-events';
import { lessonFact } from '../events/facts';
import type { WeekLesson } from '../store/lesson-weeks.store';
import { blankTimetable, setTimetable } from '../store/timetable.store';
import { allow, requiredId } from './access';
import type { LessonPlanner } from './lesson-planner';
import { timetableMessage } from './messages';
import { CLASS_MISSING, classOf, rosterOf, SCHOOL_MISSING, settingsOf, yearOf, type Stores } from './stores';

type Handlers = Pick<
  AsyncHandlers<CurriculumServiceHandlers>,
  | 'SetClassTimetable'
  | 'GetClassTimetable'
  | 'GenerateLessons'
  | 'ListClassLessons'
  | 'ListTeacherLessons'
  | 'ListSubjectLessons'
  | 'GetLesson'
  | 'GetStudentTimetable'
  | 'MoveLesson'
  | 'CancelLesson'
  | 'AddLesson'
  | 'SetSubstitution'
>;

const LESSON_MISSING = 'урок не найден';
const STUDENT_MISSING = 'обучающийся не найден';

export function timetableHandlers(stores: Stores, planner: LessonPlanner): Handlers {
  const { timetables, lessons, catalogues } = stores;

  /** The class of a lesson with what placing it needs, after checking the caller may change the schedule. */
  const lessonContext = async (lessonId: string, principal: Principal) => {
    const lesson = await lessons.find(lessonId);
    if (!lesson) throw new NotFound(LESSON_MISSING);
    allow(principal, 'schedule.manage', { schoolId: lesson.schoolId }, LESSON_MISSING);
    const [schoolClass, year, settings] = await Promise.all([classOf(stores, lesson.classId, lesson.schoolId), yearOf(stores, lesson.yearId, lesson.schoolId), settingsOf(stores, lesson.schoolId)]);
    return { schoolClass, year, settings };
  };

  /** Changes one dated lesson by a pure rule, with its event, in one write; then its week read model. */
  const changeLesson = async (lessonId: string, apply: (lesson: Lesson) => { next: Lesson; event: (next: Lesson) => ReturnType<typeof lessonChanged> }) => {
    // The lesson as the change found it (the last attempt's, when another writer came first): its date before.
    let before: Lesson | undefined;
    const after = await lessons.change(
      lessonId,
      (lesson) => {
        before = lesson;
        const { next, event } = apply(lesson);
        return { next, events: (stored) => [event(stored)] };
      },
      () => new NotFound(LESSON_MISSING),
    );
    await lessons.weeks.apply([after], new Map([[after._id, before!.date]]));
    return lessonFact(after);
  };

  const week = (value: string | undefined) => mondayOf(parseDate(value, 'weekOf', 'неделя'));

  return {
    async SetClassTimetable(request, { principal }) {
      const classId = requiredId(request.classId, 'classId', CLASS_MISSING);
      const schoolClass = await classOf(stores, classId);
      allow(principal, 'schedule.manage', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      const [year, settings, catalogue] = await Promise.all([yearOf(stores, schoolClass.yearId, schoolClass.schoolId), settingsOf(stores, schoolClass.schoolId), catalogues.of(schoolClass.schoolId)]);
      const timetable = planWeeklyTimetable(request, { settings, year, schoolClass, subjects: catalogue.subjects, rooms: catalogue.rooms });
      await stores.people.ensure(schoolClass.schoolId, 'staff', timetable.entries.map((entry) => entry.teacherId), 'entries.teacherId');
      const set = await setTimetable(timetables, schoolClass, timetable, principal.subject);
      return timetableMessage(set);
    },

    async GetClassTimetable(request, { principal }) {
      const schoolClass = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'schedule.read', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      const timetable = (await timetables.find(schoolClass._id)) ?? blankTimetable(schoolClass);
      return timetableMessage(timetable);
    },

    async GenerateLessons(request, { principal }) {
      const schoolClass = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'schedule.manage', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      const { from, to } = planningRange(await yearOf(stores, schoolClass.yearId, schoolClass.schoolId), request.from, request.to);
      return planner.plan(schoolClass, from, to, principal.subject);
    },

    async ListClassLessons(request, { principal }) {
      const schoolClass = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'schedule.read', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      return { lessons: (await lessons.weeks.classWeek(schoolClass._id, schoolClass.schoolId, week(request.weekOf))).map(lessonFact) };
    },

    async ListTeacherLessons(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      const teacherId = requiredId(request.teacherId, 'teacherId', 'учитель не найден');
      allow(principal, 'schedule.read', { schoolId, teacherId }, 'учитель не найден');
      return { lessons: (await lessons.weeks.teacherWeek(teacherId, schoolId, week(request.weekOf))).map(lessonFact) };
    },

    async ListSubjectLessons(request, { principal }) {
      const schoolClass = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'schedule.read', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      const periodId = requiredId(request.periodId, 'periodId', 'период не найден');
      const period = (await yearOf(stores, schoolClass.yearId, schoolClass.schoolId)).periods.find((candidate) => candidate.id === periodId);
      if (!period) throw new NotFound('период не найден');
      const found = await lessons.weeks.classBetween(schoolClass._id, schoolClass.schoolId, period.startsOn, period.endsOn);
      return { lessons: found.filter((lesson) => lesson.subjectId === request.subjectId && lesson.periodId === periodId).map(lessonFact) };
    },

    async GetLesson(request, { principal }) {
      const lesson = await lessons.find(requiredId(request.lessonId, 'lessonId', LESSON_MISSING));
      if (!lesson) throw new NotFound(LESSON_MISSING);
      allow(principal, 'schedule.read', { schoolId: lesson.schoolId }, LESSON_MISSING);
      return lessonFact(lesson);
    },

    // Parents see their child's timetable, the student their own: the class (and groups) they are in that week.
    async GetStudentTimetable(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', STUDENT_MISSING);
      const studentId = requiredId(request.studentId, 'studentId', STUDENT_MISSING);
      allow(principal, 'schedule.read', { schoolId, studentId }, STUDENT_MISSING);
      const monday = week(request.weekOf);
      const year = yearOfWeek(await stores.years.findWhere({ schoolId }), monday);
      if (!year) throw new NotFound(STUDENT_MISSING);
      const roster = await rosterOf(stores, year);
      const classIds = classesOfWeek(roster, studentId, monday);
      if (classIds.length === 0) throw new NotFound(STUDENT_MISSING);
      const result: WeekLesson[] = [];
      for (const classId of classIds) {
        for (const lesson of await lessons.weeks.classWeek(classId, schoolId, monday)) if (takesLesson(roster, studentId, lesson)) result.push(lesson);
      }
      return { lessons: result.map(lessonFact) };
    },

    async MoveLesson(request, { principal }) {
      const context = await lessonContext(requiredId(request.lessonId, 'lessonId', LESSON_MISSING), principal);
      return changeLesson(request.lessonId, (lesson) => ({ next: moveLesson(lesson, request, context, principal.subject), event: (next) => lessonChanged(next, 'moved', lesson.date) }));
    },

    async CancelLesson(request, { principal }) {
      await lessonContext(requiredId(request.lessonId, 'lessonId', LESSON_MISSING), principal);
      return changeLesson(request.lessonId, (lesson) => ({ next: cancelLesson(lesson, request.reason, principal.subject), event: lessonCancelled }));
    },

    // 000 §9.1, 003 §5: a substitution is recorded as such; the substitute then keeps the lesson's record.
    async SetSubstitution(request, { principal }) {
      const { schoolClass } = await lessonContext(requiredId(request.lessonId, 'lessonId', LESSON_MISSING), principal);
      await stores.people.ensure(schoolClass.schoolId, 'staff', [(request.teacherId ?? '').trim()], 'teacherId');
      return changeLesson(request.lessonId, (lesson) => ({
        next: substitute(lesson, (request.teacherId ?? '').trim(), request.reason, principal.subject),
        event: (next) => substitutionSet(next, lesson.substituteTeacherId),
      }));
    },

    async AddLesson(request, { principal }) {
      const schoolClass = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'schedule.manage', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      const [year, settings, catalogue] = await Promise.all([yearOf(stores, schoolClass.yearId, schoolClass.schoolId), settingsOf(stores, schoolClass.schoolId), catalogues.of(schoolClass.schoolId)]);
      ensureSubject(catalogue.subjects, request.subjectId);
      await stores.people.ensure(schoolClass.schoolId, 'staff', [request.teacherId], 'teacherId');
      const lesson = addedLesson(randomUUID(), request, { settings, year, schoolClass }, principal.subject);
      await lessons.insert(lesson, [lessonChanged(lesson, 'added')]);
      await lessons.weeks.apply([lesson]);
      return lessonFact(lesson);
    },
  };
}
