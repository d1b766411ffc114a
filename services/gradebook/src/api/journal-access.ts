import type { gradebookV1 } from '@ejournal/contracts';
import { authorize, ensureAllowed, FailedPrecondition, NotFound, type PendingEvent, type Principal } from '@ejournal/kit';
import { studentsBetween, studentsOn } from '@ejournal/read-models';
import { teacherOf, type JournalPage, type PageLesson } from '../domain/journal-page';
import { derivedPageId } from '../domain/page-id';
import type { JournalRules } from '../domain/rules';
import { yearClosed } from '../domain/year-finals';
import { gradingKey } from '../read-models/curriculum-facts';
import type { JournalStore, PageIndex } from '../store/journal.store';

export const PAGE_MISSING = 'страница журнала не найдена';
export const LESSON_MISSING = 'урок не найден';

/**
 * What every gradebook call needs before the domain decides: the school's rules, who may read or
 * edit a lesson or page (one answer for "not yours" and "not there"), the students on a date, and the
 * one way a lesson's sheet is changed. The handlers (lessons, marks, finals, journal pages) use it.
 */
export class JournalAccess {
  constructor(readonly store: JournalStore) {}

  async rulesOf(schoolId: string): Promise<JournalRules> {
    const found = await this.store.rules.find(schoolId);
    if (!found) throw new FailedPrecondition('настройки школы ещё не получены от сервиса расписания: повторите позже');
    return found.rules;
  }

  /** The school's rules for a lesson's subject: marked on the scale or pass/fail, by the approved curriculum. */
  async rulesForLesson(page: JournalPage, lesson: PageLesson): Promise<JournalRules> {
    const [rules, grading] = await Promise.all([this.rulesOf(page.schoolId), lesson.yearId ? this.store.grading.find(gradingKey(lesson.yearId, lesson.grade)) : null]);
    if (!grading || !grading.subjects.includes(page.subjectId)) return rules;
    return { ...rules, scale: grading.passFail.includes(page.subjectId) ? 'pass-fail' : 'marks' };
  }

  pageResource(page: Pick<JournalPage, 'schoolId' | 'classId' | 'groupId' | 'subjectId'>) {
    return { schoolId: page.schoolId, classId: page.classId, groupId: page.groupId || undefined, subjectId: page.subjectId };
  }

  /** The sheet of a lesson, for a caller who teaches it (its teacher, or the substitute: 000 §9.1, 002 §3.5). */
  async lessonForEditing(lessonId: string, principal: Principal) {
    const page = await this.store.sheets.find(lessonId);
    const lesson = page?.lessons[0];
    if (!page || !lesson) throw new NotFound(LESSON_MISSING);
    ensureAllowed(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: teacherOf(lesson) }, LESSON_MISSING, this.pageResource(page));
    return { page, lesson, closed: await this.periodClosed(page.periodId) };
  }

  async periodClosed(periodId: string): Promise<boolean> {
    return Boolean((await this.store.periods.find(periodId))?.closedOn);
  }

  /** Applies a pure change to a lesson's sheet with its events (built from the sheet as stored); re-applies on a concurrent write. */
  changeSheet<R>(lessonId: string, apply: (sheet: JournalPage) => { next: JournalPage; events: (stored: JournalPage) => PendingEvent[]; result: R }, known?: JournalPage): Promise<R> {
    return this.store.sheets.change(lessonId, apply, () => new NotFound(LESSON_MISSING), known);
  }

  roster(classId: string) {
    return this.store.rosters.find(classId);
  }

  async studentsOfLesson(page: JournalPage, lesson: PageLesson): Promise<string[]> {
    return studentsOn(await this.roster(page.classId), lesson.date, page.groupId);
  }

  /** Who may read a lesson: readers of its journal page, its teacher, and a student of the class (or their parents) on its date. */
  async mayReadLesson(principal: Principal, page: JournalPage, lesson: PageLesson): Promise<boolean> {
    if (authorize(principal, 'journal.read', this.pageResource(page))) return true;
    // The lesson's teacher (or substitute), through a teacher's grant in this school: a person id alone opens nothing.
    if (authorize(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: teacherOf(lesson) })) return true;
    const students = await this.studentsOfLesson(page, lesson);
    return students.some((studentId) => authorize(principal, 'diary.read', { schoolId: page.schoolId, studentId }));
  }

  /** Who may read a whole page: its readers, and a teacher of any of its lessons. */
  mayReadPage(principal: Principal, page: JournalPage): boolean {
    return authorize(principal, 'journal.read', this.pageResource(page)) || page.lessons.some((lesson) => authorize(principal, 'journal.edit', { schoolId: page.schoolId, teacherId: teacherOf(lesson) }));
  }

  /** A class's (or group's) subject over a year: its period pages' finals, the year's own finals, its students and teachers. */
  async yearContext(key: gradebookV1.YearFinalsKey__Output) {
    const store = this.store;
    const year = await store.years.find(key.yearId);
    if (!year) throw new NotFound(PAGE_MISSING);
    const periodPages = (await Promise.all(year.periods.map((period) => store.pages.find(derivedPageId(key.classId, key.groupId, key.subjectId, period.id))))).filter((page): page is PageIndex => page !== null);
    if (periodPages.length === 0) throw new NotFound(PAGE_MISSING);
    const used = new Set(periodPages.map((page) => page.periodId));
    const periods = year.periods.filter((period) => used.has(period.id)).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    const first = periodPages[0];
    const yearPageId = derivedPageId(key.classId, key.groupId, key.subjectId, `year:${key.yearId}`);
    const index: PageIndex = (await store.pages.find(yearPageId)) ?? { _id: yearPageId, schoolId: first.schoolId, classId: key.classId, groupId: key.groupId, subjectId: key.subjectId, periodId: `year:${key.yearId}`, lessonIds: [], finals: [], version: 0 };
    const [rules, classRoster] = await Promise.all([this.rulesOf(first.schoolId), this.roster(key.classId)]);
    const students = studentsBetween(classRoster, periods[0].startsOn, periods.at(-1)!.endsOn, key.groupId);
    const sheets = await Promise.all(periodPages.map((page) => store.sheets.find(page.lessonIds[0] ?? '')));
    const teachers = new Set(sheets.flatMap((sheet) => sheet?.lessons.map((lesson) => lesson.teacherId) ?? []));
    const closed = yearClosed(await Promise.all(year.periods.map((period) => this.periodClosed(period.id))));
    return { index, periods, rules, students, teachers, closed, periodFinals: new Map(periodPages.map((page) => [page.periodId, page.finals])) };
  }
}
