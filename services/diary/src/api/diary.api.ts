import { diaryPackage, GRPC_SERVICE_NAMES, type diaryV1 } from '@ejournal/contracts';
import { authorize, InvalidArgument, NotFound, type AsyncHandlers, type GrpcServiceBinding, type Principal } from '@ejournal/kit';
import { placesOn, weekOf, weightedAverage, type DiaryMark, type WeekLesson } from '../domain/diary';
import type { Pseudonyms } from '../domain/pseudonym';
import type { DiaryStore, DiaryViews } from '../store/diary.store';

const DIARY_MISSING = 'дневник не найден';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const markMessage = (mark: DiaryMark): diaryV1.DiaryMark => ({ markId: mark.markId, values: mark.values, passFail: mark.passFail, workKind: mark.workKind, weight: mark.weight });

export function diaryApi(store: DiaryStore, pseudonyms: Pseudonyms): GrpcServiceBinding {
  /**
   * 001 §2, 002 §3.8, 004 §4.3: a parent sees their children, a student themselves, an interested
   * person the child they were named for; anyone else is told there is no such diary.
   */
  const open = (principal: Principal, studentId: string) => {
    if (!studentId || !authorize(principal, 'diary.read', { studentId })) throw new NotFound(DIARY_MISSING);
    return pseudonyms.of(studentId);
  };

  /** Every view is recorded (who, which child, when) for the class teacher's monitoring (003 §4.2). */
  const recordView = async (principal: Principal, studentKey: string, classId: string, date: string) => {
    if (!classId) return;
    const role = principal.grants.find((grant) => grant.childId !== undefined || grant.role === 'student')?.role ?? 'unknown';
    const id = `${classId}:${date.slice(0, 7)}`;
    await store.views.change(
      id,
      (log) => {
        const current = log.views.find((view) => view.studentKey === studentKey && view.viewer === principal.subject);
        const entry = { studentKey, viewer: principal.subject, role, count: (current?.count ?? 0) + 1, lastAt: new Date() };
        return { next: { ...log, views: [...log.views.filter((view) => view !== current), entry] }, result: null };
      },
      (): DiaryViews => ({ _id: id, views: [], version: 0 }),
    );
  };

  const handlers: AsyncHandlers<diaryV1.DiaryServiceHandlers> = {
    async GetWeekPage(request, { principal }) {
      const key = open(principal, request.studentId);
      if (!DATE.test(request.weekOf)) throw new InvalidArgument('неделя: дата ГГГГ-ММ-ДД', { weekOf: 'ГГГГ-ММ-ДД' });
      const monday = weekOf(request.weekOf);
      const days = Array.from({ length: 7 }, (_, day) => new Date(Date.parse(`${monday}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10));
      const [places, studentWeek] = await Promise.all([store.places.find(key), store.studentWeeks.find(`${key}:${monday}`)]);
      const classIds = [...new Set(days.flatMap((date) => placesOn(places, date).filter((placement) => placement.groupId === '').map((placement) => placement.classId)))];
      const classWeeks = await Promise.all(classIds.map((classId) => store.classWeeks.find(`${classId}:${monday}`)));
      const lessons = classWeeks.flatMap((week, index) =>
        (week?.lessons ?? []).filter((lesson: WeekLesson) => {
          if (!lesson.subjectId) return false; // a record that came before its lesson's facts
          const here = placesOn(places, lesson.date).filter((placement) => placement.classId === classIds[index]);
          return here.some((placement) => placement.groupId === '') && (!lesson.groupId || here.some((placement) => placement.groupId === lesson.groupId));
        }),
      );
      await recordView(principal, key, classIds[0] ?? '', monday);
      return {
        studentId: request.studentId,
        week: monday,
        lessons: lessons
          .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number)
          .map((lesson) => ({
            lessonId: lesson.lessonId,
            date: lesson.date,
            number: lesson.number,
            startsAt: lesson.startsAt,
            endsAt: lesson.endsAt,
            subjectId: lesson.subjectId,
            teacherId: lesson.substituteTeacherId || lesson.teacherId,
            substituted: lesson.substituteTeacherId !== '',
            status: lesson.status,
            topic: lesson.topic ?? '',
            homework: lesson.homework ?? '',
            noHomework: lesson.noHomework ?? false,
            individualHomework: lesson.individualHomework?.find((entry) => entry.studentKey === key)?.text ?? '',
            files: lesson.files ?? [],
            marks: (studentWeek?.marks ?? []).filter((mark) => mark.lessonId === lesson.lessonId && !mark.removed).map(markMessage),
            absence: studentWeek?.absences.find((absence) => absence.lessonId === lesson.lessonId)?.code ?? '',
            periodId: lesson.periodId,
          })),
      };
    },

    async GetCurrentMarks(request, { principal }) {
      const key = open(principal, request.studentId);
      const period = await store.studentPeriods.find(`${key}:${request.periodId}`);
      const marks = (period?.marks ?? []).filter((mark) => !mark.removed);
      const subjects = [...new Set(marks.map((mark) => mark.subjectId))].sort();
      return {
        studentId: request.studentId,
        periodId: request.periodId,
        subjects: subjects.map((subjectId) => {
          const own = marks.filter((mark) => mark.subjectId === subjectId).sort((a, b) => a.date.localeCompare(b.date));
          return { subjectId, marks: own.map(markMessage), average: weightedAverage(own) };
        }),
      };
    },

    async GetFinals(request, { principal }) {
      const key = open(principal, request.studentId);
      const finals = await store.finals.find(key);
      return { studentId: request.studentId, finals: (finals?.finals ?? []).map(({ subjectId, periodId, value }) => ({ subjectId, periodId, value })) };
    },
  };
  return { name: GRPC_SERVICE_NAMES.diary, definition: diaryPackage().DiaryService.service, handlers };
}
