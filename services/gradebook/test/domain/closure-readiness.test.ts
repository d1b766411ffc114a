import type { ClassRoster } from '@ejournal/read-models';
import { closureReadiness, LISTED_DATES, pageReadiness, type ClosureMoment, type PageForClosure } from '../../src/domain/closure-readiness';
import type { Final } from '../../src/domain/journal-page';

// What closing a period would freeze unfinished (issue #16): lessons held without a topic, pupils
// without a period final, change requests not yet decided.

// 10:00 in Moscow on 30 October 2026 (the period ends on the 30th).
const moment: ClosureMoment = { endsOn: '2026-10-30', at: new Date('2026-10-30T07:00:00Z'), timeZone: 'Europe/Moscow' };
const lesson = (date: string, fields: Partial<PageForClosure['lessons'][number]> = {}) => ({ date, number: 1, status: 'planned', topic: '', grade: 5, startsAt: '08:30', ...fields });
const placed = (studentId: string, from = '2026-09-01', until = '', groupId = '') => ({ studentId, rosterVersion: 1, placements: [{ groupId, from, until }] });
const roster = (...students: ClassRoster['students']): ClassRoster => ({ _id: 'C1', version: 1, students });
const final = (studentId: string, fields: Partial<Final> = {}): Final => ({ kind: 'period', studentId, value: 4, proposed: 4, average: 4.1, reason: '', setBy: 'T1', setAt: moment.at, ...fields });
const page = (fields: Partial<PageForClosure> = {}): PageForClosure => ({
  pageId: 'page-1',
  classId: 'C1',
  groupId: '',
  subjectId: 'math',
  lessons: [lesson('2026-10-29', { topic: 'Дроби' })],
  roster: roster(placed('p1')),
  finals: [final('p1')],
  changeRequests: [],
  finalRequests: [],
  ...fields,
});

describe('what a journal page leaves incomplete before its period is closed', () => {
  it("finds nothing on a page with every held lesson's topic, every pupil's final and no open request", () => {
    expect(pageReadiness(page(), moment)).toEqual({ pageId: 'page-1', classId: 'C1', groupId: '', subjectId: 'math', lessonsWithoutTopic: 0, datesWithoutTopic: [], studentsWithoutFinal: [], pendingMarkRequests: 0, pendingFinalRequests: 0 });
  });

  it('counts the lessons held without a topic (001 §9.2.1), not the cancelled ones nor those not yet begun', () => {
    const lessons = [
      lesson('2026-10-05'),
      lesson('2026-10-05', { number: 2 }),
      lesson('2026-10-06', { topic: '   ' }),
      lesson('2026-10-07', { status: 'cancelled' }),
      lesson('2026-10-08', { topic: 'Проценты' }),
      // Today: the first lesson (08:30) has begun, the sixth (13:00) not yet.
      lesson('2026-10-30', { startsAt: '08:30' }),
      lesson('2026-10-30', { number: 6, startsAt: '13:00' }),
    ];
    const readiness = pageReadiness(page({ lessons }), moment);
    expect(readiness.lessonsWithoutTopic).toBe(4);
    // Each date once, earliest first.
    expect(readiness.datesWithoutTopic).toEqual(['2026-10-05', '2026-10-06', '2026-10-30']);
  });

  it('lists at most ten dates, and counts every lesson', () => {
    const lessons = Array.from({ length: 14 }, (_, day) => lesson(`2026-10-${String(day + 1).padStart(2, '0')}`));
    const readiness = pageReadiness(page({ lessons }), moment);
    expect(readiness.lessonsWithoutTopic).toBe(14);
    expect(readiness.datesWithoutTopic).toHaveLength(LISTED_DATES);
    expect(readiness.datesWithoutTopic[0]).toBe('2026-10-01');
    expect(readiness.datesWithoutTopic.at(-1)).toBe('2026-10-10');
  });

  it('judges “begun” by the school’s clock: at 07:00 UTC it is 14:00 in Krasnoyarsk', () => {
    const lessons = [lesson('2026-10-30', { startsAt: '13:00' })];
    expect(pageReadiness(page({ lessons }), moment).lessonsWithoutTopic).toBe(0);
    expect(pageReadiness(page({ lessons }), { ...moment, timeZone: 'Asia/Krasnoyarsk' }).lessonsWithoutTopic).toBe(1);
  });

  it("names the pupils on the page on the period's last day without a final in force; «н/а» is a final (004 §5)", () => {
    const readiness = pageReadiness(
      page({
        roster: roster(placed('p1'), placed('p2'), placed('p3'), placed('p4', '2026-10-20'), placed('left', '2026-09-01', '2026-10-15'), placed('next', '2026-11-09')),
        finals: [final('p1'), final('p2', { value: 0, notAttested: true }), final('left')],
      }),
      moment,
    );
    // A pupil who arrived during the period is due a final; one who left before its end, or comes after it, is not.
    expect(readiness.studentsWithoutFinal).toEqual(['p3', 'p4']);
  });

  it("counts a group's pupils on a group's page only, and the period final only (not a year or exam final)", () => {
    const groups = roster(placed('g1', '2026-09-01', '', 'G1'), placed('g2', '2026-09-01', '', 'G1'), placed('other', '2026-09-01', '', 'G2'));
    const readiness = pageReadiness(page({ groupId: 'G1', roster: groups, finals: [final('g1'), final('g2', { kind: 'year' })] }), moment);
    expect(readiness.studentsWithoutFinal).toEqual(['g2']);
  });

  it('takes the last final set for a pupil as the one in force', () => {
    const readiness = pageReadiness(page({ roster: roster(placed('p1')), finals: [final('p1', { value: 3 }), final('p1', { value: 0, notAttested: true })] }), moment);
    expect(readiness.studentsWithoutFinal).toEqual([]);
  });

  it('asks no finals on a first-grade page (no marks in first grade: 000 §9.1, 004 §3.8) nor on a page none of whose lessons took place', () => {
    const firstGrade = page({ lessons: [lesson('2026-10-29', { grade: 1, topic: 'Звуки' })], finals: [] });
    expect(pageReadiness(firstGrade, moment).studentsWithoutFinal).toEqual([]);
    const nothingHeld = page({ lessons: [lesson('2026-10-29', { status: 'cancelled' }), lesson('2026-11-02')], finals: [] });
    expect(pageReadiness(nothingHeld, moment).studentsWithoutFinal).toEqual([]);
    expect(pageReadiness(page({ finals: [] }), moment).studentsWithoutFinal).toEqual(['p1']);
    expect(pageReadiness(page({ finals: [], roster: null }), moment).studentsWithoutFinal).toEqual([]);
  });

  it('counts the change requests of marks (004 §4.1) and of finals not yet decided', () => {
    const readiness = pageReadiness(
      page({ changeRequests: [{ status: 'pending' }, { status: 'approved' }, { status: 'pending' }], finalRequests: [{ status: 'rejected' }, { status: 'pending' }] }),
      moment,
    );
    expect(readiness).toMatchObject({ pendingMarkRequests: 2, pendingFinalRequests: 1 });
  });
});

describe("a period's readiness", () => {
  it('lists the incomplete pages by class, group and subject, and totals over every page', () => {
    const complete = page({ pageId: 'done', classId: 'C0' });
    const noTopic = page({ pageId: 'topic', classId: 'C2', lessons: [lesson('2026-10-29'), lesson('2026-10-28')] });
    const noFinal = page({ pageId: 'final', classId: 'C1', subjectId: 'rus', roster: roster(placed('p1'), placed('p2'), placed('p3')) });
    const request = page({ pageId: 'request', classId: 'C1', subjectId: 'math', changeRequests: [{ status: 'pending' }], finalRequests: [{ status: 'pending' }] });
    const readiness = closureReadiness([complete, noTopic, noFinal, request], moment);
    expect(readiness.pages.map((entry) => entry.pageId)).toEqual(['request', 'final', 'topic']);
    expect(readiness.totals).toEqual({ pages: 4, incompletePages: 3, lessonsWithoutTopic: 2, studentsWithoutFinal: 2, pendingChangeRequests: 2 });
  });

  it('is complete for a period without pages', () => {
    expect(closureReadiness([], moment)).toEqual({ pages: [], totals: { pages: 0, incompletePages: 0, lessonsWithoutTopic: 0, studentsWithoutFinal: 0, pendingChangeRequests: 0 } });
  });
});
