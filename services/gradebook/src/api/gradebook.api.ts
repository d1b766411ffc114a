import { randomUUID } from 'node:crypto';
import { GRPC_SERVICE_NAMES, gradebookPackage, type gradebookV1 } from '@ejournal/contracts';
import { authorize, callingService, derivedId, ensureAllowed, FailedPrecondition, refusal, InvalidArgument, NotFound, type AsyncHandlers, type GrpcServiceBinding, type OutboxRelay, type PendingEvent, type Principal } from '@ejournal/kit';
import type { PeriodLength } from '../domain/finals';
import { sniffContent } from '../domain/file-content';
import { checkHomeworkFile, type HomeworkFile } from '../domain/homework-files';
import { absenceOf, correctMark, currentFinals, decideChangeRequest, proposals, recordLesson, setFinal, setMarks, teacherOf, type JournalPage, type PageLesson } from '../domain/journal-page';
import { derivedPageId } from '../domain/page-id';
import { studentsBetween, studentsOn } from '@ejournal/read-models';
import type { JournalRules } from '../domain/rules';
import { finalSet, lessonRecorded, markEvent, markOverAbsence } from '../events/gradebook-events';
import { gradingKey, planFor, type JournalStore, type PageIndex } from '../store/journal.store';
import { yearFinal, yearFinalsOf } from '../domain/year-finals';
import { decideFinalChange, ensureFinalsOpen, requestFinalChange } from '../domain/final-changes';
import { fileMessage, finalMessage, finalRequestMessage, lessonMessage, markMessage, requestMessage } from './messages';

const PAGE_MISSING = 'страница журнала не найдена';
const LESSON_MISSING = 'урок не найден';
const LENGTHS: Record<string, PeriodLength> = { QUARTERS: 'quarter', TRIMESTERS: 'trimester', HALF_YEARS: 'half-year' };

export function gradebookApi(store: JournalStore, relay: OutboxRelay): GrpcServiceBinding {
  const rulesOf = async (schoolId: string): Promise<JournalRules> => {
    const found = await store.rules.find(schoolId);
    if (!found) throw new FailedPrecondition('настройки школы ещё не получены от сервиса расписания: повторите позже');
    return found.rules;
  };

  /** The school's rules for a lesson's subject: marked on the scale or pass/fail, by the approved curriculum. */
  const rulesForLesson = async (page: JournalPage, lesson: PageLesson): Promise<JournalRules> => {
    const [rules, grading] = await Promise.all([rulesOf(page.schoolId), lesson.yearId ? store.grading.find(gradingKey(lesson.yearId, lesson.grade)) : null]);
    if (!grading || !grading.subjects.includes(page.subjectId)) return rules;
    return { ...rules, scale: grading.passFail.includes(page.subjectId) ? 'pass-fail' : 'marks' };
  };

  const pageResource = (page: Pick<JournalPage, 'schoolId' | 'classId' | 'groupId' | 'subjectId'>) => ({ schoolId: page.schoolId, classId: page.classId, groupId: page.groupId || undefined, subjectId: page.subjectId });

  /** The sheet of a lesson, for a caller who teaches it (its teacher, or the substitute: 000 §9.1, 002 §3.5). */
  const lessonForEditing = async (lessonId: string, principal: Principal) => {
    const page = await store.sheets.find(lessonId);
    const lesson = page?.lessons[0];
    if (!page || !lesson) throw new NotFound(LESSON_MISSING);
    ensureAllowed(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: teacherOf(lesson) }, LESSON_MISSING, pageResource(page));
    return { page, lesson, closed: await periodClosed(page.periodId) };
  };

  /** A closed period's lessons, marks and finals change only through requests the administrator decides. */
  const periodClosed = async (periodId: string) => Boolean((await store.periods.find(periodId))?.closedOn);
  const ensureLessonsOpen = (closed: boolean) => {
    if (closed) throw new FailedPrecondition('период закрыт: записи уроков и новые отметки в нём не меняются; исправление отметки — через запрос на изменение');
  };

  /** Applies a pure change to a lesson's sheet with its events; re-applies on a concurrent write. */
  const changePage = async <R>(lessonId: string, apply: (page: JournalPage) => { next: JournalPage; events: (next: JournalPage) => PendingEvent[]; result: R }, known?: JournalPage): Promise<R> => {
    const result = await store.sheets.change(
      lessonId,
      apply, // the kit stamps the version; the events are built from the sheet as stored
      () => new NotFound(LESSON_MISSING),
      known,
    );
    relay.nudge();
    return result;
  };

  const roster = (classId: string) => store.rosters.find(classId);

  /** Who may read a lesson: readers of its journal page, its teacher, and a student of the class (or their parents) on its date. */
  const mayReadLesson = async (principal: Principal, page: JournalPage, lesson: PageLesson) => {
    if (authorize(principal, 'journal.read', { schoolId: page.schoolId, classId: page.classId, groupId: page.groupId || undefined, subjectId: page.subjectId })) return true;
    // The lesson's teacher (or substitute), through a teacher's grant in this school: a person id alone opens nothing.
    if (authorize(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: teacherOf(lesson) })) return true;
    const students = studentsOn(await roster(page.classId), lesson.date, page.groupId);
    return students.some((studentId) => authorize(principal, 'diary.read', { schoolId: page.schoolId, studentId }));
  };

  /** A class's (or group's) subject over a year: its period pages' finals, the year's own finals, its students and teachers. */
  const yearContext = async (key: gradebookV1.YearFinalsKey__Output) => {
    const year = await store.years.find(key.yearId);
    if (!year) throw new NotFound(PAGE_MISSING);
    const periodPages = (await Promise.all(year.periods.map((period) => store.pages.find(derivedPageId(key.classId, key.groupId, key.subjectId, period.id))))).filter((page): page is PageIndex => page !== null);
    if (periodPages.length === 0) throw new NotFound(PAGE_MISSING);
    const used = new Set(periodPages.map((page) => page.periodId));
    const periods = year.periods.filter((period) => used.has(period.id)).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    const first = periodPages[0];
    const yearPageId = derivedPageId(key.classId, key.groupId, key.subjectId, `year:${key.yearId}`);
    const index: PageIndex = (await store.pages.find(yearPageId)) ?? { _id: yearPageId, schoolId: first.schoolId, classId: key.classId, groupId: key.groupId, subjectId: key.subjectId, periodId: `year:${key.yearId}`, lessonIds: [], finals: [], version: 0 };
    const [rules, classRoster] = await Promise.all([rulesOf(first.schoolId), roster(key.classId)]);
    const students = studentsBetween(classRoster, periods[0].startsOn, periods.at(-1)!.endsOn, key.groupId);
    const sheets = await Promise.all(periodPages.map((page) => store.sheets.find(page.lessonIds[0] ?? '')));
    const teachers = new Set(sheets.flatMap((sheet) => sheet?.lessons.map((lesson) => lesson.teacherId) ?? []));
    // Year and exam finals lock when every period of the year is closed.
    const closed = (await Promise.all(year.periods.map((period) => periodClosed(period.id)))).every(Boolean);
    return { index, periods, rules, students, teachers, closed, periodFinals: new Map(periodPages.map((page) => [page.periodId, page.finals])) };
  };

  const handlers: AsyncHandlers<gradebookV1.GradebookServiceHandlers> = {
    async GetYearFinals(request, { principal }) {
      const { index, periods, rules, students, periodFinals, closed } = await yearContext(request);
      const mayRead = authorize(principal, 'journal.read', { schoolId: index.schoolId, classId: index.classId, groupId: index.groupId || undefined, subjectId: index.subjectId });
      if (!mayRead) throw new NotFound(PAGE_MISSING);
      const finals = currentFinals(index);
      return {
        classId: index.classId,
        subjectId: index.subjectId,
        yearId: request.yearId,
        students: students.map((studentId) => {
          const { periodFinals: byPeriod, proposed } = yearFinalsOf(studentId, periods, periodFinals, rules);
          const of = (kind: string) => finals.find((final) => final.studentId === studentId && final.kind === kind)?.value ?? 0;
          return { studentId, periodFinals: byPeriod, proposed, yearFinal: of('year'), exam: of('exam') };
        }),
        finals: finals.map(finalMessage),
        closed,
        finalRequests: (index.finalRequests ?? []).map((finalRequest) => finalRequestMessage(index._id, finalRequest)),
      };
    },

    async SetYearFinal(request, { principal }) {
      const key = request.key;
      if (!key) throw new InvalidArgument('не указаны класс, предмет и год', { key: 'класс, предмет, год' });
      const { index, periods, rules, students, periodFinals, teachers, closed } = await yearContext(key);
      if (!principal.personId || !teachers.has(principal.personId) || !authorize(principal, 'journal.edit', { schoolId: index.schoolId, teacherId: principal.personId })) throw refusal(principal, 'journal.edit', PAGE_MISSING, pageResource(index));
      ensureFinalsOpen(closed, request.kind === 'exam' ? 'exam' : 'year');
      if (!students.includes(request.studentId)) throw new InvalidArgument('ученика нет в этом классе в этом году', { studentId: 'ученик класса' });
      const { proposed } = yearFinalsOf(request.studentId, periods, periodFinals, rules);
      const final = yearFinal(request.kind, request.studentId, request.value, request.reason, proposed, rules, principal.subject, new Date());
      await store.pages.change(
        index._id,
        (current) => {
          const next = { ...current, finals: [...current.finals, final], version: current.version + 1 };
          return { next, events: [finalSet({ ...next, lessons: [], marks: [], changeRequests: [] }, final)], result: null };
        },
        () => ({ ...index, version: 0 }),
      );
      relay.nudge();
      return finalMessage(final);
    },

    // The diary's full export reads the records and marks as they stand (000 §5); other services only.
    async ExportLessons(request, { principal }) {
      if (callingService(principal) !== 'diary') throw new NotFound(LESSON_MISSING);
      const sheets = (await Promise.all(request.lessonIds.map((id) => store.sheets.find(id)))).filter((sheet): sheet is JournalPage => sheet !== null);
      return {
        lessons: sheets.map((sheet) => {
          const lesson = sheet.lessons[0];
          return {
            lessonId: lesson.lessonId,
            classId: sheet.classId,
            subjectId: sheet.subjectId,
            periodId: sheet.periodId,
            date: lesson.date,
            recordVersion: String(lesson.recordVersion),
            topic: lesson.topic,
            homework: lesson.homework,
            noHomework: lesson.noHomework,
            individualHomework: lesson.individualHomework,
            remarks: lesson.remarks ?? [],
            files: (lesson.files ?? []).map(fileMessage),
            marks: sheet.marks.map(markMessage),
          };
        }),
      };
    },

    async AttachHomeworkFile(request, { principal }) {
      const { page } = await lessonForEditing(request.lessonId, principal);
      const content = Buffer.from(request.content);
      const sniffed = await sniffContent(content);
      const { name, contentType } = checkHomeworkFile(page, request.lessonId, { name: request.name, contentType: request.contentType, size: content.length, sniffed }, page.lessons[0].files ?? []);
      // The bytes first, then the record that points to them: a crash between leaves an unreferenced file, never a dangling link.
      const id = randomUUID();
      await store.saveFileContent(id, name, content);
      const file = await changePage(request.lessonId, (current) => {
        const lesson = current.lessons[0];
        checkHomeworkFile(current, request.lessonId, { name, contentType, size: content.length, sniffed }, lesson.files ?? []);
        const attached: HomeworkFile = { id, name, contentType, size: content.length, uploadedBy: principal.subject, uploadedAt: new Date() };
        const next: JournalPage = { ...current, lessons: [{ ...lesson, files: [...(lesson.files ?? []), attached], recordVersion: lesson.recordVersion + 1 }] };
        return { next, events: (stored) => [lessonRecorded(stored, stored.lessons[0])], result: attached };
      }, page);
      return fileMessage(file);
    },

    async GetHomeworkFile(request, { principal }) {
      const page = await store.sheets.find(request.lessonId);
      const lesson = page?.lessons[0];
      const file = lesson?.files?.find((candidate) => candidate.id === request.fileId);
      if (!page || !lesson || !file || !(await mayReadLesson(principal, page, lesson))) throw new NotFound('файл не найден');
      return { file: fileMessage(file), content: await store.fileContent(file.id) };
    },

    // The page a teacher opens all day: one call, one document and the class roster.
    async GetJournalPage(request, { principal }) {
      const found = await store.page(derivedPageId(request.classId, request.groupId, request.subjectId, request.periodId));
      const page = found?.page;
      const mayRead =
        page &&
        (authorize(principal, 'journal.read', { schoolId: page.schoolId, classId: page.classId, groupId: page.groupId || undefined, subjectId: page.subjectId }) ||
          page.lessons.some((lesson) => authorize(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: teacherOf(lesson) })));
      if (!page || !mayRead) throw new NotFound(PAGE_MISSING);
      const [rules, classRoster, period] = await Promise.all([rulesOf(page.schoolId), roster(page.classId), store.periods.find(page.periodId)]);
      const from = period?.startsOn ?? page.lessons[0]?.date ?? '';
      const to = period?.endsOn ?? page.lessons.at(-1)?.date ?? '';
      const students = studentsBetween(classRoster, from, to, page.groupId);
      return {
        id: page._id,
        classId: page.classId,
        groupId: page.groupId,
        subjectId: page.subjectId,
        periodId: page.periodId,
        grade: page.lessons[0]?.grade ?? 0,
        lessons: page.lessons.map(lessonMessage),
        studentIds: students,
        marks: page.marks.filter((mark) => !mark.removed).map(markMessage),
        finals: currentFinals(page).map(finalMessage),
        proposals: proposals(page, students, LENGTHS[period?.scheme ?? 'QUARTERS'] ?? 'quarter', rules).map((proposal) => ({ ...proposal, average: proposal.average ?? 0, proposed: proposal.proposed ?? 0 })),
        changeRequests: page.changeRequests.map(requestMessage),
        version: String(page.version),
        markCorrectionMinutes: rules.markCorrectionMinutes,
        absences: (page.absences ?? []).filter((absence) => absence.code !== '').map(({ lessonId, studentId, code }) => ({ lessonId, studentId, code })),
        closed: Boolean(period?.closedOn),
        finalRequests: (found!.index.finalRequests ?? []).map((finalRequest) => finalRequestMessage(page._id, finalRequest)),
      };
    },

    async RecordLesson(request, { principal }) {
      const { page, lesson, closed } = await lessonForEditing(request.lessonId, principal);
      ensureLessonsOpen(closed);
      const students = studentsOn(await roster(page.classId), lesson.date, page.groupId);
      const timeZone = (await rulesOf(page.schoolId)).timeZone;
      const plan = request.topicNumber > 0 ? await planFor(store, lesson, page.subjectId) : undefined;
      const recorded = await changePage(request.lessonId, (current) => {
        const { page: next, lesson: record } = recordLesson(current, request.lessonId, request, students, principal.subject, new Date(), plan, timeZone);
        return { next, events: (stored) => [lessonRecorded(stored, record)], result: record };
      }, page);
      return lessonMessage(recorded);
    },

    async SetMarks(request, { principal, idempotencyKey }) {
      const { page, lesson, closed } = await lessonForEditing(request.lessonId, principal);
      ensureLessonsOpen(closed);
      const [rules, classRoster] = await Promise.all([rulesForLesson(page, lesson), roster(page.classId)]);
      const students = studentsOn(classRoster, lesson.date, page.groupId);
      // With an Idempotency-Key the marks' ids come from it: a retry after a lost answer sets none twice.
      const idOf = idempotencyKey ? (index: number) => derivedId(`marks:${idempotencyKey}:${request.lessonId}:${index}`) : undefined;
      const marks = await changePage(request.lessonId, (current) => {
        const { page: next, marks: set, added } = setMarks(current, request.lessonId, request.marks, students, rules, principal.subject, new Date(), idOf);
        return {
          next,
          events: (stored) => added.flatMap((mark) => {
            const absence = absenceOf(stored, mark.lessonId, mark.studentId);
            return absence ? [markEvent('gradebook.mark.set', stored, mark), markOverAbsence(stored, mark, absence.code)] : [markEvent('gradebook.mark.set', stored, mark)];
          }),
          result: set,
        };
      }, page);
      return { marks: marks.map(markMessage) };
    },

    // 004 §4.1: after the correction window a change needs the administrator.
    async CorrectMark(request, { principal }) {
      const { page, lesson, closed } = await lessonForEditing(request.lessonId, principal);
      // In a closed period the correction window is over for everyone: every change is a request.
      const lessonRules = await rulesForLesson(page, lesson);
      const rules = closed ? { ...lessonRules, markCorrectionMinutes: -1 } : lessonRules;
      const outcome = await changePage(request.lessonId, (current) => {
        const result = correctMark(current, request.lessonId, request.markId, request, rules, principal.subject, new Date());
        return {
          next: result.page,
          events: (stored) => (result.mark ? [markEvent(result.mark.removed ? 'gradebook.mark.removed' : 'gradebook.mark.changed', stored, result.mark)] : []),
          result,
        };
      }, page);
      return { mark: outcome.mark ? markMessage(outcome.mark) : null, changeRequest: outcome.request ? requestMessage(outcome.request) : null };
    },

    async DecideChangeRequest(request, { principal }) {
      const page = await store.sheets.find(request.lessonId);
      if (!page) throw new NotFound(LESSON_MISSING);
      ensureAllowed(principal, 'mark-change.decide', { schoolId: page.schoolId }, LESSON_MISSING, pageResource(page));
      const rules = await rulesOf(page.schoolId);
      const decided = await changePage(request.lessonId, (current) => {
        const result = decideChangeRequest(current, request.requestId, request.approve, request.note, rules, principal.subject, new Date());
        return { next: result.page, events: (stored) => (result.mark ? [markEvent(result.mark.removed ? 'gradebook.mark.removed' : 'gradebook.mark.changed', stored, result.mark)] : []), result: result.request };
      }, page);
      return requestMessage(decided);
    },

    async SetFinal(request, { principal }) {
      const key = request.page;
      if (!key) throw new InvalidArgument('не указана страница журнала', { page: 'класс, предмет, период' });
      const found = await store.page(derivedPageId(key.classId, key.groupId, key.subjectId, key.periodId));
      const page = found?.page;
      // The page's teacher by the timetable sets its finals (000 §9.1).
      if (!found || !page) throw new NotFound(PAGE_MISSING);
        if (!page.lessons.some((lesson) => lesson.teacherId === principal.personId) || !authorize(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: principal.personId })) throw refusal(principal, 'journal.edit', PAGE_MISSING, pageResource(page));
      const [rules, classRoster, period] = await Promise.all([rulesOf(page.schoolId), roster(page.classId), store.periods.find(page.periodId)]);
      ensureFinalsOpen(Boolean(period?.closedOn), 'period');
      const students = studentsBetween(classRoster, period?.startsOn ?? '', period?.endsOn ?? '9999', page.groupId);
      const proposal = proposals(page, students, LENGTHS[period?.scheme ?? 'QUARTERS'] ?? 'quarter', rules).find((candidate) => candidate.studentId === request.studentId);
      const final = await store.pages.change(
        found.index._id,
        (index) => {
          const result = setFinal({ ...page, finals: index.finals }, request.studentId, request.value, request.reason, proposal, rules, principal.subject, new Date(), request.notAttested);
          const next = { ...index, finals: result.page.finals, version: index.version + 1 };
          return { next, events: [finalSet({ ...page, _id: index._id, version: next.version }, result.final)], result: result.final };
        },
        () => new NotFound(PAGE_MISSING),
      );
      relay.nudge();
      return finalMessage(final);
    },

    // A final of a closed period (or year) changes only through a request the administrator decides.
    async RequestFinalChange(request, { principal }) {
      const now = new Date();
      if (request.page) {
        const found = await store.page(derivedPageId(request.page.classId, request.page.groupId, request.page.subjectId, request.page.periodId));
        const page = found?.page;
        if (!found || !page) throw new NotFound(PAGE_MISSING);
        if (!page.lessons.some((lesson) => lesson.teacherId === principal.personId) || !authorize(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: principal.personId })) throw refusal(principal, 'journal.edit', PAGE_MISSING, pageResource(page));
        const [rules, classRoster, period] = await Promise.all([rulesOf(page.schoolId), roster(page.classId), store.periods.find(page.periodId)]);
        const students = studentsBetween(classRoster, period?.startsOn ?? '', period?.endsOn ?? '9999', page.groupId);
        const made = await store.pages.change(found.index._id, (index) => {
          const { holder, request: made } = requestFinalChange(index, { ...request, kind: 'period' }, students, Boolean(period?.closedOn), rules, principal.subject, now);
          return { next: { ...index, ...holder, version: index.version + 1 }, result: made };
        }, () => new NotFound(PAGE_MISSING));
        return finalRequestMessage(found.index._id, made);
      }
      if (!request.year) throw new InvalidArgument('укажите страницу журнала (page) или год (year)', { page: 'страница или год' });
      const { index, rules, students, teachers, closed } = await yearContext(request.year);
      if (!principal.personId || !teachers.has(principal.personId) || !authorize(principal, 'journal.edit', { schoolId: index.schoolId, teacherId: principal.personId })) throw refusal(principal, 'journal.edit', PAGE_MISSING, pageResource(index));
      const made = await store.pages.change(index._id, (current) => {
        const { holder, request: made } = requestFinalChange(current, request, students, closed, rules, principal.subject, now);
        return { next: { ...current, ...holder, version: current.version + 1 }, result: made };
      }, () => ({ ...index, version: 0 }));
      return finalRequestMessage(index._id, made);
    },

    async DecideFinalChange(request, { principal }) {
      const index = request.pageId ? await store.pages.find(request.pageId) : null;
      if (!index) throw new NotFound('запрос на изменение итоговой отметки не найден');
      ensureAllowed(principal, 'mark-change.decide', { schoolId: index.schoolId }, 'запрос на изменение итоговой отметки не найден', pageResource(index));
      const decided = await store.pages.change(index._id, (current) => {
        const { holder, request: decided, final } = decideFinalChange(current, request.requestId, request.approve, request.note, principal.subject, new Date());
        const next = { ...current, ...holder, version: current.version + 1 };
        return { next, events: final ? [finalSet({ ...next, lessons: [], marks: [], changeRequests: [] }, final)] : [], result: decided };
      }, () => new NotFound('запрос на изменение итоговой отметки не найден'));
      relay.nudge();
      return finalRequestMessage(index._id, decided);
    },
  };
  return { name: GRPC_SERVICE_NAMES.gradebook, definition: gradebookPackage().GradebookService.service, handlers };
}
