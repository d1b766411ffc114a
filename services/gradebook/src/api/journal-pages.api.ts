import type { gradebookV1 } from '@ejournal/contracts';
import { callingService, NotFound, type AsyncHandlers } from '@ejournal/kit';
import { studentsBetween } from '@ejournal/read-models';
import { periodLength } from '@ejournal/school-rules';
import { derivedPageId } from '../domain/page-id';
import { currentFinals, proposals } from '../domain/period-finals';
import { PAGE_MISSING, type JournalAccess } from './journal-access';
import { finalMessage, finalRequestMessage, lessonMessage, markMessage, requestMessage } from './messages';

type Handlers = AsyncHandlers<gradebookV1.GradebookServiceHandlers>;

/** The page a teacher opens all day: one call — the page's index, its lessons' sheets and the class roster. */
export function journalPageHandlers(journal: JournalAccess): Pick<Handlers, 'GetJournalPage' | 'ListPeriodPages'> {
  return {
    // The archive's closed records: which pages a school's period (or year, "year:<id>") has. Nobody else finds any.
    async ListPeriodPages(request, { principal }) {
      if (callingService(principal) !== 'archive' || !request.schoolId || !request.periodId) return { pages: [] };
      const pages = await journal.store.periodPages(request.schoolId, request.periodId);
      return {
        pages: pages
          .map((page) => ({ classId: page.classId, groupId: page.groupId, subjectId: page.subjectId, periodId: page.periodId }))
          .sort((a, b) => `${a.classId}|${a.subjectId}|${a.groupId}`.localeCompare(`${b.classId}|${b.subjectId}|${b.groupId}`)),
      };
    },

    async GetJournalPage(request, { principal }) {
      const found = await journal.store.page(derivedPageId(request.classId, request.groupId, request.subjectId, request.periodId));
      const page = found?.page;
      if (!found || !page || !(journal.mayReadPage(principal, page) || callingService(principal) === 'archive')) throw new NotFound(PAGE_MISSING);
      const [rules, classRoster, period, topics] = await Promise.all([
        journal.rulesOf(page.schoolId),
        journal.roster(page.classId),
        journal.store.periods.find(page.periodId),
        page.lessons[0] ? journal.store.thematicPlan(page.lessons[0], page.subjectId) : undefined,
      ]);
      // The students of the period (of the page's lessons while the period is not known yet).
      const students = studentsBetween(classRoster, period?.startsOn ?? page.lessons[0]?.date ?? '', period?.endsOn ?? page.lessons.at(-1)?.date ?? '', page.groupId);
      return {
        id: page._id,
        classId: page.classId,
        groupId: page.groupId,
        subjectId: page.subjectId,
        periodId: page.periodId,
        grade: page.lessons[0]?.grade ?? 0,
        lessons: page.lessons.map((lesson) => lessonMessage(lesson, rules.timeZone)),
        studentIds: students,
        marks: page.marks.filter((mark) => !mark.removed).map(markMessage),
        finals: currentFinals(page).map(finalMessage),
        proposals: proposals(page, students, periodLength(period?.scheme), rules).map((proposal) => ({ ...proposal, average: proposal.average ?? 0, proposed: proposal.proposed ?? 0 })),
        changeRequests: page.changeRequests.map(requestMessage),
        version: String(page.version),
        markCorrectionMinutes: rules.markCorrectionMinutes,
        absences: (page.absences ?? []).filter((absence) => absence.code !== '').map(({ lessonId, studentId, code }) => ({ lessonId, studentId, code })),
        closed: Boolean(period?.closedOn),
        finalRequests: (found.index.finalRequests ?? []).map((finalRequest) => finalRequestMessage(page._id, finalRequest)),
        planTopics: topics ?? [],
      };
    },
  };
}
