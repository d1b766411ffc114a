import type { gradebookV1 } from '@ejournal/contracts';
import { derivedId, ensureAllowed, NotFound, type AsyncHandlers } from '@ejournal/kit';
import { correctionRules, correctMark, decideChangeRequest } from '../domain/corrections';
import { ensureLessonsOpen } from '../domain/lesson-record';
import { setMarks } from '../domain/marks';
import { changeRequestDecided, changeRequestOpened, marksSet, markRevised } from '../events/gradebook-events';
import { LESSON_MISSING, type JournalAccess } from './journal-access';
import { markMessage, requestMessage } from './messages';

type Handlers = AsyncHandlers<gradebookV1.GradebookServiceHandlers>;

/** Marks on a lesson: set in bulk, corrected by their teacher in the window, else changed by a request the administrator decides (004 §4.1). */
export function markHandlers(journal: JournalAccess): Pick<Handlers, 'SetMarks' | 'CorrectMark' | 'DecideChangeRequest'> {
  return {
    async SetMarks(request, { principal, idempotencyKey }) {
      const { page, lesson, closed } = await journal.lessonForEditing(request.lessonId, principal);
      ensureLessonsOpen(closed);
      const [rules, students] = await Promise.all([journal.rulesForLesson(page, lesson), journal.studentsOfLesson(page, lesson)]);
      // With an Idempotency-Key the marks' ids come from it: a retry after a lost answer sets none twice.
      const idOf = idempotencyKey ? (index: number) => derivedId(`marks:${idempotencyKey}:${request.lessonId}:${index}`) : undefined;
      const marks = await journal.changeSheet(request.lessonId, (current) => {
        const { page: next, marks: set, added } = setMarks(current, request.lessonId, request.marks, students, rules, principal.subject, new Date(), idOf);
        return { next, events: (stored) => marksSet(stored, added), result: set };
      }, page);
      return { marks: marks.map(markMessage) };
    },

    // 004 §4.1: after the correction window a change needs the administrator.
    async CorrectMark(request, { principal }) {
      const { page, lesson, closed } = await journal.lessonForEditing(request.lessonId, principal);
      const rules = correctionRules(await journal.rulesForLesson(page, lesson), closed);
      const outcome = await journal.changeSheet(request.lessonId, (current) => {
        const result = correctMark(current, request.lessonId, request.markId, request, rules, principal.subject, new Date());
        return { next: result.page, events: (stored) => [...markRevised(stored, result.mark), ...(result.request ? [changeRequestOpened(stored, result.request)] : [])], result };
      }, page);
      return { mark: outcome.mark ? markMessage(outcome.mark) : null, changeRequest: outcome.request ? requestMessage(outcome.request) : null };
    },

    async DecideChangeRequest(request, { principal }) {
      const page = await journal.store.sheets.find(request.lessonId);
      if (!page) throw new NotFound(LESSON_MISSING);
      ensureAllowed(principal, 'mark-change.decide', { schoolId: page.schoolId }, LESSON_MISSING, journal.pageResource(page));
      const rules = await journal.rulesOf(page.schoolId);
      const decided = await journal.changeSheet(request.lessonId, (current) => {
        const result = decideChangeRequest(current, request.requestId, request.approve, request.note, rules, principal.subject, new Date());
        return { next: result.page, events: (stored) => [...markRevised(stored, result.mark), changeRequestDecided(stored, result.request)], result: result.request };
      }, page);
      return requestMessage(decided);
    },
  };
}
