import type { gradebookV1 } from '@ejournal/contracts';
import { authorize, callingService, ensureAllowed, InvalidArgument, NotFound, refusal, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { studentsBetween } from '@ejournal/read-models';
import { periodLength } from '@ejournal/school-rules';
import { decideFinalChange, ensureFinalsOpen, requestFinalChange } from '../domain/final-changes';
import { teachesPage } from '../domain/journal-page';
import { derivedPageId } from '../domain/page-id';
import { currentFinals, finalsSpan, proposals, setFinal } from '../domain/period-finals';
import { yearFinal, yearFinalsOf } from '../domain/year-finals';
import { finalSet } from '../events/gradebook-events';
import { PAGE_MISSING, type JournalAccess } from './journal-access';
import { finalMessage, finalRequestMessage } from './messages';

type Handlers = AsyncHandlers<gradebookV1.GradebookServiceHandlers>;
const REQUEST_MISSING = 'запрос на изменение итоговой отметки не найден';


/** Period finals on a journal page, the year's and exam finals, and requests to change them after closure. */
export function finalHandlers(journal: JournalAccess): Pick<Handlers, 'SetFinal' | 'GetYearFinals' | 'SetYearFinal' | 'RequestFinalChange' | 'DecideFinalChange'> {
  const store = journal.store;

  /** A period's page for its teacher by the timetable (000 §9.1), with the students of the period. */
  const pageForFinals = async (key: gradebookV1.JournalPageKey__Output, principal: Principal) => {
    const found = await store.page(derivedPageId(key.classId, key.groupId, key.subjectId, key.periodId));
    const page = found?.page;
    if (!found || !page) throw new NotFound(PAGE_MISSING);
    if (!teachesPage(page, principal.personId ?? '') || !authorize(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: principal.personId })) throw refusal(principal, 'journal.edit', PAGE_MISSING, journal.pageResource(page));
    const [rules, classRoster, period] = await Promise.all([journal.rulesOf(page.schoolId), journal.roster(page.classId), store.periods.find(page.periodId)]);
    const span = finalsSpan(period);
    return { index: found.index, page, rules, period, students: studentsBetween(classRoster, span.from, span.to, page.groupId) };
  };

  /** The year's context for a teacher of the class's subject that year. */
  const yearForTeacher = async (key: gradebookV1.YearFinalsKey__Output, principal: Principal) => {
    const context = await journal.yearContext(key);
    if (!principal.personId || !context.teachers.has(principal.personId) || !authorize(principal, 'journal.edit', { schoolId: context.index.schoolId, teacherId: principal.personId })) throw refusal(principal, 'journal.edit', PAGE_MISSING, journal.pageResource(context.index));
    return context;
  };

  return {
    async SetFinal(request, { principal }) {
      if (!request.page) throw new InvalidArgument('не указана страница журнала', { page: 'класс, предмет, период' });
      const { index, page, rules, period, students } = await pageForFinals(request.page, principal);
      ensureFinalsOpen(Boolean(period?.closedOn), 'period');
      const proposal = proposals(page, students, periodLength(period?.scheme), rules).find((candidate) => candidate.studentId === request.studentId);
      const final = await store.pages.change(
        index._id,
        (current) => {
          const result = setFinal({ ...page, finals: current.finals }, request.studentId, request.value, request.reason, proposal, rules, principal.subject, new Date(), request.notAttested);
          return { next: { ...current, finals: result.page.finals }, events: (stored) => [finalSet(stored, result.final)], result: result.final };
        },
        () => new NotFound(PAGE_MISSING),
        index, // read a moment ago: not read again (a stale copy only costs a retry)
      );
      return finalMessage(final);
    },

    async GetYearFinals(request, { principal }) {
      const { index, periods, rules, students, periodFinals, closed } = await journal.yearContext(request);
      if (!(authorize(principal, 'journal.read', journal.pageResource(index)) || callingService(principal) === 'archive')) throw new NotFound(PAGE_MISSING);
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
      if (!request.key) throw new InvalidArgument('не указаны класс, предмет и год', { key: 'класс, предмет, год' });
      const { index, periods, rules, students, periodFinals, closed } = await yearForTeacher(request.key, principal);
      ensureFinalsOpen(closed, request.kind === 'exam' ? 'exam' : 'year');
      if (!students.includes(request.studentId)) throw new InvalidArgument('ученика нет в этом классе в этом году', { studentId: 'ученик класса' });
      const { proposed } = yearFinalsOf(request.studentId, periods, periodFinals, rules);
      const final = yearFinal(request.kind, request.studentId, request.value, request.reason, proposed, rules, principal.subject, new Date());
      await store.pages.change(index._id, (current) => ({ next: { ...current, finals: [...current.finals, final] }, events: (stored) => [finalSet(stored, final)], result: null }), () => ({ ...index, version: 0 }));
      return finalMessage(final);
    },

    // A final of a closed period (or year) changes only through a request the administrator decides.
    async RequestFinalChange(request, { principal }) {
      const now = new Date();
      if (request.page) {
        const { index, rules, period, students } = await pageForFinals(request.page, principal);
        const made = await store.pages.change(index._id, (current) => {
          const { holder, request: made } = requestFinalChange(current, { ...request, kind: 'period' }, students, Boolean(period?.closedOn), rules, principal.subject, now);
          return { next: { ...current, ...holder }, result: made };
        }, () => new NotFound(PAGE_MISSING), index);
        return finalRequestMessage(index._id, made);
      }
      if (!request.year) throw new InvalidArgument('укажите страницу журнала (page) или год (year)', { page: 'страница или год' });
      const { index, rules, students, closed } = await yearForTeacher(request.year, principal);
      const made = await store.pages.change(index._id, (current) => {
        const { holder, request: made } = requestFinalChange(current, request, students, closed, rules, principal.subject, now);
        return { next: { ...current, ...holder }, result: made };
      }, () => ({ ...index, version: 0 }));
      return finalRequestMessage(index._id, made);
    },

    async DecideFinalChange(request, { principal }) {
      const index = request.pageId ? await store.pages.find(request.pageId) : null;
      if (!index) throw new NotFound(REQUEST_MISSING);
      ensureAllowed(principal, 'mark-change.decide', { schoolId: index.schoolId }, REQUEST_MISSING, journal.pageResource(index));
      const decided = await store.pages.change(index._id, (current) => {
        const { holder, request: decided, final } = decideFinalChange(current, request.requestId, request.approve, request.note, principal.subject, new Date());
        return { next: { ...current, ...holder }, events: (stored) => (final ? [finalSet(stored, final)] : []), result: decided };
      }, () => new NotFound(REQUEST_MISSING), index);
      return finalRequestMessage(index._id, decided);
    },
  };
}
