import { studentsOn, type ClassRoster } from '@ejournal/read-models';
import { lessonBegun } from '@ejournal/school-rules';
import type { FinalChangeRequest } from './final-changes';
import type { ChangeRequest, Final, PageLesson } from './journal-page';
import { currentFinals } from './period-finals';

/**
 * What closing a period would freeze unfinished (issue #16): closing locks the period's records, marks
 * and finals (000 §9.1, 004 §4.1), so before it the administrator sees, per journal page, what is still
 * missing and confirms closing anyway. Nothing here blocks the closure: the system shows what is
 * incomplete, it does not refuse (the deadlines are shown, not enforced — 002 §3.5, 003 §4.2).
 */

/** At most this many dates of lessons without a topic are listed per page (the count is always whole). */
export const LISTED_DATES = 10;

/** A journal page as closing its period sees it. */
export interface PageForClosure {
  pageId: string;
  classId: string;
  groupId: string;
  subjectId: string;
  lessons: Array<Pick<PageLesson, 'date' | 'number' | 'status' | 'topic' | 'grade' | 'startsAt'>>;
  /** The roster of the page's class (its groups' places included). */
  roster: ClassRoster | null;
  finals: Final[];
  changeRequests: Array<Pick<ChangeRequest, 'status'>>;
  finalRequests: Array<Pick<FinalChangeRequest, 'status'>>;
}

/** The moment and the period the readiness is judged for. */
export interface ClosureMoment {
  /** The period's last day: the pupils on the page then are the ones its finals are for. */
  endsOn: string;
  at: Date;
  /** The school's time zone (when a lesson has begun). */
  timeZone?: string;
}

export interface PageReadiness {
  pageId: string;
  classId: string;
  groupId: string;
  subjectId: string;
  lessonsWithoutTopic: number;
  datesWithoutTopic: string[];
  studentsWithoutFinal: string[];
  pendingMarkRequests: number;
  pendingFinalRequests: number;
}

export interface ReadinessTotals {
  pages: number;
  incompletePages: number;
  lessonsWithoutTopic: number;
  studentsWithoutFinal: number;
  pendingChangeRequests: number;
}

/** A lesson that took place: not cancelled, and begun by the school's clock (000 §9.1: records only on lessons held). */
const held = (lesson: PageForClosure['lessons'][number], moment: ClosureMoment) => lesson.status !== 'cancelled' && lessonBegun(lesson, moment.at, moment.timeZone);

/**
 * What one page leaves incomplete:
 * - lessons held without a topic (001 §9.2.1: the topic is written on the day of the lesson) — their
 *   number, and their dates (earliest first, each once, at most LISTED_DATES);
 * - pupils on the page (its class, or its group) on the period's last day who have no period final in
 *   force — «н/а» is a final (004 §5). A pupil who left before the period ended is not counted. No
 *   finals are due on a first-grade page (no marks in first grade: 000 §9.1, 004 §3.8) nor on a page
 *   none of whose lessons took place;
 * - change requests not yet decided: of marks (004 §4.1) and of the period's finals.
 */
export function pageReadiness(page: PageForClosure, moment: ClosureMoment): PageReadiness {
  const heldLessons = page.lessons.filter((lesson) => held(lesson, moment));
  const withoutTopic = heldLessons.filter((lesson) => lesson.topic.trim() === '');
  const dates = [...new Set(withoutTopic.map((lesson) => lesson.date))].sort().slice(0, LISTED_DATES);
  const finalsDue = heldLessons.length > 0 && !page.lessons.some((lesson) => lesson.grade === 1);
  const withFinal = new Set(currentFinals(page).filter((final) => (final.kind ?? 'period') === 'period').map((final) => final.studentId));
  const studentsWithoutFinal = finalsDue ? studentsOn(page.roster, moment.endsOn, page.groupId).filter((studentId) => !withFinal.has(studentId)) : [];
  return {
    pageId: page.pageId,
    classId: page.classId,
    groupId: page.groupId,
    subjectId: page.subjectId,
    lessonsWithoutTopic: withoutTopic.length,
    datesWithoutTopic: dates,
    studentsWithoutFinal,
    pendingMarkRequests: page.changeRequests.filter((request) => request.status === 'pending').length,
    pendingFinalRequests: page.finalRequests.filter((request) => request.status === 'pending').length,
  };
}

export const isComplete = (page: PageReadiness) => page.lessonsWithoutTopic === 0 && page.studentsWithoutFinal.length === 0 && page.pendingMarkRequests === 0 && page.pendingFinalRequests === 0;

/** The period's readiness: the incomplete pages (by class, group, subject) and the totals over all its pages. */
export function closureReadiness(pages: PageForClosure[], moment: ClosureMoment): { pages: PageReadiness[]; totals: ReadinessTotals } {
  const judged = pages.map((page) => pageReadiness(page, moment));
  const incomplete = judged.filter((page) => !isComplete(page)).sort((a, b) => a.classId.localeCompare(b.classId) || a.groupId.localeCompare(b.groupId) || a.subjectId.localeCompare(b.subjectId));
  const sum = (count: (page: PageReadiness) => number) => judged.reduce((total, page) => total + count(page), 0);
  return {
    pages: incomplete,
    totals: {
      pages: judged.length,
      incompletePages: incomplete.length,
      lessonsWithoutTopic: sum((page) => page.lessonsWithoutTopic),
      studentsWithoutFinal: sum((page) => page.studentsWithoutFinal.length),
      pendingChangeRequests: sum((page) => page.pendingMarkRequests + page.pendingFinalRequests),
    },
  };
}
