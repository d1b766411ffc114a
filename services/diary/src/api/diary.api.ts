import { effectiveTeacher } from '@ejournal/school-rules';
import { diaryPackage, GRPC_SERVICE_NAMES, type diaryV1 } from '@ejournal/contracts';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { authorize, callingService, viewerRole, InvalidArgument, isServiceError, NotFound, type AsyncHandlers, type GrpcServiceBinding, type Principal } from '@ejournal/kit';
import { addDays, placesOn, schoolsOf, weekOf, subjectAverage, type DiaryMark, type StudentPlaces, type WeekLesson } from '../domain/diary';
import type { Pseudonyms } from '../domain/pseudonym';
import type { DiaryStore } from '../store/diary.store';
import type { DiaryViewCounter } from '../store/diary-view-counter';
import { exportJobMessage, type ExportJobs } from '../export/export-jobs';
import type { Sources } from '../export/sources';
import { Names } from './names';
import { pageDocument } from '../events/page-changes';

const DIARY_MISSING = 'дневник не найден';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkMonth(month: string): void {
  if (!MONTH.test(month)) throw new InvalidArgument('месяц: ГГГГ-ММ', { month: 'ГГГГ-ММ' });
}

/** The services that read a pupil's week for their own work: messaging prints the class teacher's information letters (000 §9.2, 004 §4.2.4). */
const WEEK_READING_SERVICES = ['messaging'];

const markMessage = (mark: DiaryMark): diaryV1.DiaryMark => ({ markId: mark.markId, values: mark.values, passFail: mark.passFail, workKind: mark.workKind, weight: mark.weight, comment: mark.comment ?? '' });

/** The diary documents a week page is built from, as diary.pages.changed names them. */
function weekPageDocuments(studentKey: string, monday: string, classIds: string[], ownSubjectIds: string[], teacherIds: string[]): string[] {
  return [
    pageDocument('student_weeks', `${studentKey}:${monday}`),
    pageDocument('student_places', studentKey),
    ...classIds.map((classId) => pageDocument('class_weeks', `${classId}:${monday}`)),
    ...ownSubjectIds.map((subjectId) => pageDocument('subject_names', subjectId)),
    ...[...new Set(teacherIds)].filter(Boolean).map((teacherId) => pageDocument('staff_names', teacherId)),
  ];
}

const CLASS_MONTH = /^[^:]{1,64}:\d{4}-(0[1-9]|1[0-2])$/;
/** A view the gateway counted: whole and plausible, or the batch is refused. */
function checkedView(view: diaryV1.CountedViews__Output['views'][number], index: number) {
  const lastAt = new Date(view.lastAt);
  const wrong = (what: string) => new InvalidArgument(`просмотр ${index + 1}: ${what}`, { [`views[${index}]`]: what });
  if (!CLASS_MONTH.test(view.classMonth)) throw wrong('класс и месяц: <класс>:ГГГГ-ММ');
  if (!view.studentKey || !view.viewer || !view.role) throw wrong('нужны ключ ученика, кто открыл и его роль');
  if (!Number.isInteger(view.count) || view.count < 1 || view.count > 100_000) throw wrong('число просмотров от 1 до 100000');
  if (Number.isNaN(lastAt.getTime())) throw wrong('время последнего просмотра: ISO 8601');
  return { classMonth: view.classMonth, studentKey: view.studentKey, schoolId: view.schoolId, viewer: view.viewer, role: view.role, count: view.count, lastAt };
}

export function diaryApi(store: DiaryStore, pseudonyms: Pseudonyms, jobs: ExportJobs, sources: Sources, views: DiaryViewCounter): GrpcServiceBinding {
  const names = new Names(store);
  /**
   * 001 §2, 002 §3.8, 004 §4.3: a parent sees their children, a student themselves, an interested
   * person the child they were named for — each in the child's school; `services`, the platform's
   * services that read it for their own work; anyone else is told there is no such diary. Returns the
   * student's key and places (where the student's schools are known from).
   */
  const open = async (principal: Principal, studentId: string, services: string[] = []): Promise<{ key: string; places: StudentPlaces | null }> => {
    if (!studentId) throw new NotFound(DIARY_MISSING);
    const key = pseudonyms.of(studentId);
    const places = await store.recent.places.find(key);
    const readsForItsWork = services.includes(callingService(principal) ?? '');
    if (!readsForItsWork && !schoolsOf(places).some((schoolId) => authorize(principal, 'diary.read', { schoolId, studentId }))) throw new NotFound(DIARY_MISSING);
    return { key, places };
  };

  /** Where a view is counted: the class and month, and the class's school. */
  const viewPlace = (places: StudentPlaces | null, classId: string, date: string) => ({
    classMonth: `${classId}:${date.slice(0, 7)}`,
    schoolId: places?.years.find((year) => year.placements.some((placement) => placement.classId === classId))?.schoolId ?? '',
  });
  /** Every view is counted (who, which child, when) for the class teacher's monitoring (003 §4.2), never written on the read path. */
  const recordView = (principal: Principal, studentKey: string, places: StudentPlaces | null, classId: string, date: string) => {
    // A service's read (the class teacher's printed letters) is not the family opening the diary.
    if (!classId || callingService(principal) !== undefined) return;
    const { classMonth, schoolId } = viewPlace(places, classId, date);
    views.count(classMonth, { studentKey, viewer: principal.subject, role: viewerRole(principal) }, schoolId);
  };

  /** The lessons a student has in a week: their class's on the days they were in it, and their groups'. */
  /** The classes the student was in during a week (a transfer mid-week gives two). */
  const classesOfWeek = (places: Awaited<ReturnType<typeof store.places.find>>, monday: string) => [
    ...new Set(Array.from({ length: 7 }, (_, day) => addDays(monday, day)).flatMap((date) => placesOn(places, date).filter((placement) => placement.groupId === '').map((placement) => placement.classId))),
  ];
  const lessonsOfWeek = async (places: Awaited<ReturnType<typeof store.places.find>>, monday: string, classIds = classesOfWeek(places, monday)): Promise<WeekLesson[]> => {
    const classWeeks = await Promise.all(classIds.map((classId) => store.recent.classWeeks.find(`${classId}:${monday}`)));
    return classWeeks
      .flatMap((week, index) =>
        (week?.lessons ?? []).filter((lesson) => {
          if (!lesson.subjectId) return false; // a record that came before its lesson's facts
          const here = placesOn(places, lesson.date).filter((placement) => placement.classId === classIds[index]);
          return here.some((placement) => placement.groupId === '') && (!lesson.groupId || here.some((placement) => placement.groupId === lesson.groupId));
        }),
      )
      .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  };
  const firstClassOf = (places: Awaited<ReturnType<typeof store.places.find>>, monday: string) => classesOfWeek(places, monday)[0] ?? '';

  const handlers: AsyncHandlers<diaryV1.DiaryServiceHandlers> = {
    async GetTeachers(request, { principal }) {
      const { key, places } = await open(principal, request.studentId);
      if (!DATE.test(request.weekOf)) throw new InvalidArgument('неделя: дата ГГГГ-ММ-ДД', { weekOf: 'ГГГГ-ММ-ДД' });
      const weeks = await Promise.all([0, 1, 2, 3, 4].map((n) => lessonsOfWeek(places, addDays(weekOf(request.weekOf), 7 * n))));
      const bySubject = new Map<string, Set<string>>();
      for (const lesson of weeks.flat()) bySubject.set(lesson.subjectId, (bySubject.get(lesson.subjectId) ?? new Set()).add(lesson.teacherId));
      const [subjectNames, teacherNames] = await Promise.all([names.subjects(bySubject.keys()), names.teachers([...bySubject.values()].flatMap((teachers) => [...teachers]))]);
      recordView(principal, key, places, firstClassOf(places, weekOf(request.weekOf)), weekOf(request.weekOf));
      return {
        studentId: request.studentId,
        subjects: [...bySubject]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([subjectId, teachers]) => {
            const teacherIds = [...teachers].sort();
            return { subjectId, subjectName: subjectNames.get(subjectId) ?? '', teacherIds, teacherNames: teacherIds.map((id) => teacherNames.get(id) ?? '') };
          }),
      };
    },

    async GetAttendanceSummary(request, { principal }) {
      const { key, places } = await open(principal, request.studentId);
      checkMonth(request.month);
      const mondays: string[] = [];
      for (let monday = weekOf(`${request.month}-01`); monday.slice(0, 7) <= request.month; monday = addDays(monday, 7)) mondays.push(monday);
      const [lessonWeeks, studentWeeks] = await Promise.all([Promise.all(mondays.map((monday) => lessonsOfWeek(places, monday))), Promise.all(mondays.map((monday) => store.studentWeeks.find(`${key}:${monday}`)))]);
      const lessons = new Map(lessonWeeks.flat().map((lesson) => [lesson.lessonId, lesson]));
      const missed = studentWeeks
        .flatMap((week) => week?.absences ?? [])
        .filter((absence) => absence.code && lessons.get(absence.lessonId)?.date.slice(0, 7) === request.month)
        .map((absence) => ({ date: lessons.get(absence.lessonId)!.date, subjectId: lessons.get(absence.lessonId)!.subjectId, code: absence.code }))
        .sort((a, b) => a.date.localeCompare(b.date));
      const count = (code: string) => missed.filter((entry) => entry.code === code).length;
      recordView(principal, key, places, firstClassOf(places, weekOf(`${request.month}-01`)), `${request.month}-01`);
      return { studentId: request.studentId, month: request.month, unexcused: count('Н'), illness: count('Б'), excused: count('У'), late: count('О'), missed };
    },

    // 000 §5, 001 §9.2.2: the full export, on demand by the school's administrator: a job to poll.
    async RunExport(request, { principal }) {
      if (!authorize(principal, 'diary.export', { schoolId: request.schoolId })) throw new NotFound('школа не найдена');
      if ((request.from && !DATE.test(request.from)) || (request.to && !DATE.test(request.to))) throw new InvalidArgument('даты выгрузки: ГГГГ-ММ-ДД', { from: 'ГГГГ-ММ-ДД' });
      // The year must be this school's (asked of curriculum, which owns it): another school's and a missing one look alike.
      const year = await sources.year(request.yearId).catch((error: unknown) => {
        if (isServiceError(error) && (error.code === GrpcStatus.NOT_FOUND || error.code === GrpcStatus.INVALID_ARGUMENT)) return null;
        throw error;
      });
      if (!year || year.schoolId !== request.schoolId) throw new NotFound('учебный год не найден');
      const job = await jobs.start({ schoolId: request.schoolId, yearId: year.id, from: request.from, to: request.to, reason: 'on demand', requestedBy: principal.subject }, true);
      return exportJobMessage(job);
    },

    async GetExportJob(request, { principal }) {
      if (!authorize(principal, 'diary.export', { schoolId: request.schoolId })) throw new NotFound('задание выгрузки не найдено');
      return exportJobMessage(await jobs.get(request.schoolId, request.jobId));
    },

    async ListExportReports(request, { principal }) {
      if (!authorize(principal, 'diary.export', { schoolId: request.schoolId })) throw new NotFound('школа не найдена');
      return { reports: (await store.reports.find(request.schoolId))?.reports ?? [] };
    },

    // 003 §4.2: "are parents reading the diary" — for the class teacher and the school's administration.
    async GetDiaryReaders(request, { principal }) {
      if (!authorize(principal, 'journal.read', { schoolId: request.schoolId, classId: request.classId })) throw new NotFound('класс не найден');
      checkMonth(request.month);
      const log = await views.of(`${request.classId}:${request.month}`);
      return {
        students: request.studentIds.map((studentId) => {
          const seen = log.filter((view) => view.studentKey === pseudonyms.of(studentId));
          return { studentId, views: seen.reduce((sum, view) => sum + view.count, 0), viewers: seen.length, roles: [...new Set(seen.map((view) => view.role))].sort() };
        }),
      };
    },

    async GetWeekPage(request, { principal }) {
      const { key, places } = await open(principal, request.studentId, WEEK_READING_SERVICES);
      if (!DATE.test(request.weekOf)) throw new InvalidArgument('неделя: дата ГГГГ-ММ-ДД', { weekOf: 'ГГГГ-ММ-ДД' });
      const monday = weekOf(request.weekOf);
      const classIds = classesOfWeek(places, monday);
      const [studentWeek, lessons] = await Promise.all([store.studentWeeks.find(`${key}:${monday}`), lessonsOfWeek(places, monday, classIds)]);
      const [subjectNames, teacherNames] = await Promise.all([names.subjects(lessons.map((lesson) => lesson.subjectId)), names.teachers(lessons.map(effectiveTeacher))]);
      const classId = classIds[0] ?? '';
      recordView(principal, key, places, classId, monday);
      // The gateway keeps the page a while for the family that asked (never for a service's read).
      const view = classId ? viewPlace(places, classId, monday) : { classMonth: '', schoolId: '' };
      const keeping: diaryV1.PageKeeping | undefined =
        callingService(principal) === undefined
          ? {
              schoolIds: schoolsOf(places),
              documents: weekPageDocuments(key, monday, classIds, Names.ownSubjects(lessons.map((lesson) => lesson.subjectId)), lessons.map(effectiveTeacher)),
              viewClassMonth: view.classMonth,
              viewSchoolId: view.schoolId,
              studentKey: key,
            }
          : undefined;
      return {
        studentId: request.studentId,
        week: monday,
        keeping,
        lessons: lessons.map((lesson) => ({
            lessonId: lesson.lessonId,
            date: lesson.date,
            number: lesson.number,
            startsAt: lesson.startsAt,
            endsAt: lesson.endsAt,
            subjectId: lesson.subjectId,
            subjectName: subjectNames.get(lesson.subjectId) ?? '',
            teacherId: effectiveTeacher(lesson),
            teacherName: teacherNames.get(effectiveTeacher(lesson)) ?? '',
            substituted: lesson.substituteTeacherId !== '',
            status: lesson.status,
            topic: lesson.topic ?? '',
            homework: lesson.homework ?? '',
            noHomework: lesson.noHomework ?? false,
            individualHomework: lesson.individualHomework?.find((entry) => entry.studentKey === key)?.text ?? '',
            remark: lesson.remarks?.find((entry) => entry.studentKey === key)?.text ?? '',
            files: lesson.files ?? [],
            marks: (studentWeek?.marks ?? []).filter((mark) => mark.lessonId === lesson.lessonId && !mark.removed).map(markMessage),
            absence: studentWeek?.absences.find((absence) => absence.lessonId === lesson.lessonId)?.code ?? '',
            periodId: lesson.periodId,
          })),
      };
    },

    // The week pages the gateway answered from its own copy, counted as if the diary had answered them.
    async CountViews(request, { principal }) {
      if (callingService(principal) !== 'gateway') throw new NotFound('просмотры учитывает только шлюз');
      const counted = request.views.map((view, index) => checkedView(view, index));
      for (const view of counted) views.count(view.classMonth, { studentKey: view.studentKey, viewer: view.viewer, role: view.role }, view.schoolId, view.lastAt, view.count);
      return { views: counted.reduce((sum, view) => sum + view.count, 0) };
    },

    async GetCurrentMarks(request, { principal }) {
      const { key } = await open(principal, request.studentId);
      const period = await store.studentPeriods.find(`${key}:${request.periodId}`);
      const marks = (period?.marks ?? []).filter((mark) => !mark.removed);
      const subjects = [...new Set(marks.map((mark) => mark.subjectId))].sort();
      const subjectNames = await names.subjects(subjects);
      return {
        studentId: request.studentId,
        periodId: request.periodId,
        subjects: subjects.map((subjectId) => {
          const own = marks.filter((mark) => mark.subjectId === subjectId).sort((a, b) => a.date.localeCompare(b.date));
          return { subjectId, subjectName: subjectNames.get(subjectId) ?? '', marks: own.map(markMessage), average: subjectAverage(own) };
        }),
      };
    },

    async GetFinals(request, { principal }) {
      const { key } = await open(principal, request.studentId);
      const finals = (await store.finals.find(key))?.finals ?? [];
      const subjectNames = await names.subjects(finals.map((final) => final.subjectId));
      return {
        studentId: request.studentId,
        finals: finals.map(({ subjectId, periodId, value, kind, notAttested }) => ({ subjectId, subjectName: subjectNames.get(subjectId) ?? '', periodId, value, kind, notAttested: notAttested ?? false })),
      };
    },
  };
  return { name: GRPC_SERVICE_NAMES.diary, definition: diaryPackage().DiaryService.service, handlers };
}
