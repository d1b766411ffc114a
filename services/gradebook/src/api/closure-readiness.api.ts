import type { gradebookV1 } from '@ejournal/contracts';
import { callingService, ensureAllowed, InvalidArgument, NotFound, type AsyncHandlers } from '@ejournal/kit';
import { closureReadiness, type PageForClosure } from '../domain/closure-readiness';
import type { JournalPage } from '../domain/journal-page';
import type { PageIndex } from '../store/journal.store';
import type { JournalAccess } from './journal-access';

type Handlers = AsyncHandlers<gradebookV1.GradebookServiceHandlers>;

const PERIOD_MISSING = 'учебный период не найден';
/** Pages read at once: a school's period has hundreds; the others' calls keep their turn. */
const PAGES_AT_ONCE = 32;

/**
 * Before the administrator closes a period (issue #16): what its journal pages leave incomplete. Reads
 * only: the school's pages of the period by the indexed period id, each page's sheets by the indexed
 * page id, the rosters of their classes by id.
 */
export function closureReadinessHandlers(journal: JournalAccess): Pick<Handlers, 'GetClosureReadiness'> {
  const store = journal.store;
  return {
    async GetClosureReadiness(request, { principal }) {
      const { schoolId, yearId, periodId } = request;
      if (!schoolId || !yearId || !periodId) throw new InvalidArgument('укажите школу, учебный год и период', { periodId: 'школа, год и период' });
      // The school's administration (the right to close periods), or a service of the platform.
      if (!callingService(principal)) ensureAllowed(principal, 'year.transition', { schoolId }, PERIOD_MISSING);
      const year = await store.years.find(yearId);
      const period = year?.periods.find((candidate) => candidate.id === periodId);
      // Another school's year is not there (a year kept before years carried their school is found by its pages only).
      if (!year || !period || (year.schoolId !== undefined && year.schoolId !== schoolId)) throw new NotFound(PERIOD_MISSING);

      const [rules, periodFact, indexes] = await Promise.all([store.rules.find(schoolId), store.periods.find(periodId), store.periodPages(schoolId, periodId)]);
      const pages: PageForClosure[] = [];
      const rosters = new Map(await Promise.all([...new Set(indexes.map((index) => index.classId))].map(async (classId) => [classId, await journal.roster(classId)] as const)));
      for (let start = 0; start < indexes.length; start += PAGES_AT_ONCE) {
        const slice = indexes.slice(start, start + PAGES_AT_ONCE);
        const read = await Promise.all(slice.map((index) => store.pageOf(index)));
        pages.push(...read.map((page, position) => forClosure(slice[position], page, rosters.get(page.classId) ?? null)));
      }
      const readiness = closureReadiness(pages, { endsOn: period.endsOn, at: new Date(), timeZone: rules?.rules.timeZone });
      return { schoolId, yearId, periodId, closed: Boolean(periodFact?.closedOn), ...readiness };
    },
  };
}

function forClosure(index: PageIndex, page: JournalPage, roster: PageForClosure['roster']): PageForClosure {
  return {
    pageId: index._id,
    classId: index.classId,
    groupId: index.groupId,
    subjectId: index.subjectId,
    lessons: page.lessons,
    roster,
    finals: index.finals,
    changeRequests: page.changeRequests,
    finalRequests: index.finalRequests ?? [],
  };
}
