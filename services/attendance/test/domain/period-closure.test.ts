import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { correctAbsence, recordAttendance, withLesson, type ClassMonth } from '../../src/domain/class-month';
import { correctionReason, ensureAttendanceOpen, unknownPeriod, withClosure, type PeriodClosure } from '../../src/domain/period-closure';

const quarter = { name: '1 четверть', scheme: 'QUARTERS' };
const closedQuarter = (): PeriodClosure => withClosure(unknownPeriod('P1'), { ...quarter, closedOn: '2026-10-26' }, 5)!;
const reopened = (): PeriodClosure => withClosure(closedQuarter(), { ...quarter, closedOn: '' }, 6)!;
const classTeacher = { classTeacher: true, administrator: false };
const administrator = { classTeacher: false, administrator: true };

const thrown = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
};

describe('closings and reopenings of a period, in the order of the year’s versions (events come twice, late or out of order)', () => {
  it('keeps a closing, then a later reopening', () => {
    expect(closedQuarter()).toMatchObject({ name: '1 четверть', closedOn: '2026-10-26', closureVersion: 5 });
    expect(reopened()).toMatchObject({ closedOn: '', closureVersion: 6 });
  });

  it('ignores the same closing delivered again', () => {
    expect(withClosure(closedQuarter(), { ...quarter, closedOn: '2026-10-26' }, 5)).toBeNull();
  });

  it('does not close again, on a late closing, what was reopened after it', () => {
    expect(withClosure(reopened(), { ...quarter, closedOn: '2026-10-26' }, 5)).toBeNull();
  });

  it('does not reopen, on a late reopening, what was closed again after it', () => {
    const closedAgain = withClosure(reopened(), { ...quarter, closedOn: '2026-11-02' }, 7)!;
    expect(withClosure(closedAgain, { ...quarter, closedOn: '' }, 6)).toBeNull();
    expect(closedAgain.closedOn).toBe('2026-11-02');
  });

  it('stays open when the reopening arrives before the closing it follows', () => {
    const early = withClosure(unknownPeriod('P1'), { ...quarter, closedOn: '' }, 6)!;
    expect(withClosure(early, { ...quarter, closedOn: '2026-10-26' }, 5)).toBeNull();
  });
});

describe('the teacher records absences only while the period is open (003 §1.1: the journal is a legal document; 004 §4.1)', () => {
  it('lets the teacher record in an open, unknown or reopened period', () => {
    expect(() => ensureAttendanceOpen(null)).not.toThrow();
    expect(() => ensureAttendanceOpen(unknownPeriod('P1'))).not.toThrow();
    expect(() => ensureAttendanceOpen(reopened())).not.toThrow();
  });

  it('refuses in a closed period, saying since when and who changes it now', () => {
    const error = thrown(() => ensureAttendanceOpen(closedQuarter()));
    expect(error).toBeInstanceOf(FailedPrecondition);
    expect((error as Error).message).toBe('1 четверть закрыта 26.10.2026: пропуски этого периода меняет только администратор, с указанием причины');
  });

  it('names a trimester and a half-year as they are said', () => {
    expect(() => ensureAttendanceOpen(withClosure(unknownPeriod('T2'), { name: '2 триместр', scheme: 'TRIMESTERS', closedOn: '2027-02-28' }, 3))).toThrow(/^2 триместр закрыт 28\.02\.2027:/);
    expect(() => ensureAttendanceOpen(withClosure(unknownPeriod('H1'), { name: '1 полугодие', scheme: 'HALF_YEARS', closedOn: '2026-12-29' }, 3))).toThrow(/^1 полугодие закрыто 29\.12\.2026:/);
  });
});

describe('who corrects an absence (000 §9.2, 003 §4.2 the class teacher; 004 §4.1 after closing only the administrator; 003 §1.1 every change says why)', () => {
  it('lets the class teacher correct in an open period, a reason optional', () => {
    expect(correctionReason(null, classTeacher)).toBe('');
    expect(correctionReason(reopened(), classTeacher, '  справка   принесена поздно ')).toBe('справка принесена поздно');
  });

  it('leaves an open period to the class teacher: the administrator’s right is for closed ones', () => {
    expect(thrown(() => correctionReason(null, administrator, 'ошибка'))).toBeInstanceOf(FailedPrecondition);
  });

  it('refuses the class teacher in a closed period', () => {
    const error = thrown(() => correctionReason(closedQuarter(), classTeacher, 'справка'));
    expect(error).toBeInstanceOf(FailedPrecondition);
    expect((error as Error).message).toMatch(/^1 четверть закрыта 26\.10\.2026: пропуски этого периода меняет только администратор/);
  });

  it('refuses the administrator in a closed period without a reason', () => {
    for (const reason of [undefined, '', '   ']) {
      const error = thrown(() => correctionReason(closedQuarter(), administrator, reason));
      expect(error).toBeInstanceOf(InvalidArgument);
      expect((error as InvalidArgument).violations).toEqual({ reason: 'обязательное поле' });
    }
  });

  it('takes a reason of up to 500 characters', () => {
    expect(correctionReason(closedQuarter(), administrator, 'я'.repeat(500))).toHaveLength(500);
    expect(thrown(() => correctionReason(closedQuarter(), administrator, 'я'.repeat(501)))).toBeInstanceOf(InvalidArgument);
  });

  it('lets the administrator correct a closed period with a reason — also one who is the class teacher too', () => {
    expect(correctionReason(closedQuarter(), administrator, 'служебная записка № 7')).toBe('служебная записка № 7');
    expect(correctionReason(closedQuarter(), { classTeacher: true, administrator: true }, 'служебная записка № 7')).toBe('служебная записка № 7');
  });

  it('keeps the administrator’s correction in the history: the earlier code, who entered it, and why it changed', () => {
    const sheet = withLesson({ _id: 'C:2026-10', schoolId: 'S', classId: 'C', month: '2026-10', lessons: [], absences: [], version: 1 }, { lessonId: 'L', date: '2026-10-12', number: 1, subjectId: 'math', teacherId: 'T', substituteTeacherId: '', status: 'planned', lessonVersion: 1, periodId: 'P1' })!;
    const recordedAt = new Date('2026-10-12T09:00:00Z');
    const { sheet: recorded } = recordAttendance(sheet, 'L', [{ studentId: 'A', code: 'Н' }], ['A'], 'T', recordedAt);
    const reason = correctionReason(closedQuarter(), administrator, 'справка из поликлиники принята после закрытия четверти, служебная записка № 7');
    const correctedAt = new Date('2026-11-20T10:00:00Z');
    const { absence, sheet: corrected }: { absence: unknown; sheet: ClassMonth } = correctAbsence(recorded, 'L', 'A', { code: 'Б', documentKind: 'справка', documentNumber: '0457', reason }, 'ADMIN', correctedAt);
    expect(absence).toMatchObject({ code: 'Б', recordedBy: 'ADMIN', recordedAt: correctedAt, revision: 2, history: [{ code: 'Н', changedBy: 'T', changedAt: recordedAt, reason }] });
    expect(corrected.absences).toHaveLength(1);
  });
});
