import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { approveCurriculum, reviseCurriculum, validateCurriculumGrade } from '../../src/domain/curriculum';
import { annualHours } from '../../src/domain/settings';
import { approveThematicPlan, reviseThematicPlan, type ThematicPlan } from '../../src/domain/thematic-plan';
import { curriculum, sampleYear, settings } from './sample-school';

describe('the curriculum of a grade', () => {
  const year = sampleYear();

  it('is set for grades 1 to the school\'s last grade', () => {
    expect(validateCurriculumGrade(1, settings)).toBe(1);
    expect(validateCurriculumGrade(settings.lastGrade, settings)).toBe(settings.lastGrade);
    expect(() => validateCurriculumGrade(0, settings)).toThrow(InvalidArgument);
    expect(() => validateCurriculumGrade(settings.lastGrade + 1, settings)).toThrow(`параллель от 1 до ${settings.lastGrade}`);
  });

  // 001 §9.1: curriculum changes are checked and approved; a changed curriculum needs approving again.
  it('goes back to draft when its lines change, forgetting who approved it', () => {
    const approved = curriculum(year, 5, [['math', 5]]);
    const revised = reviseCurriculum(approved, [{ subjectId: 'math', hoursPerWeek: 4, elective: false, passFail: false }]);
    expect(revised).toMatchObject({ status: 'draft', approvedBy: '', approvedAt: null, lines: [{ subjectId: 'math', hoursPerWeek: 4 }], version: approved.version });
  });

  it('is approved once, with who and when', () => {
    const draft = reviseCurriculum(curriculum(year, 5, [['math', 5]]), curriculum(year, 5, [['math', 5]]).lines);
    const at = new Date('2026-08-20T10:00:00Z');
    const approved = approveCurriculum(draft, 'deputy', at);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'deputy', approvedAt: at, lines: draft.lines });
    expect(() => approveCurriculum(approved, 'deputy', at)).toThrow(FailedPrecondition);
  });
});

// 003 §4.2, 004 §4.2.5: the КТП's hours must equal the curriculum's.
describe('the calendar-thematic plan (КТП)', () => {
  const year = sampleYear();
  const plan = (hours: number, status: ThematicPlan['status'] = 'draft'): ThematicPlan => ({
    _id: 'p1', schoolId: 's', yearId: year._id, grade: 5, subjectId: 'math', teacherId: '', topics: [{ number: 1, title: 'Дроби', hours }], status, version: 3,
  });

  it('is approved only when its hours equal the curriculum\'s, and then only once', () => {
    const withMath = curriculum(year, 5, [['math', 1]]);
    const annual = annualHours(settings, 5, 1);
    expect(approveThematicPlan(plan(annual), withMath, settings)).toEqual({ ...plan(annual), status: 'approved' });
    expect(() => approveThematicPlan(plan(annual - 1), withMath, settings)).toThrow(`КТП не утверждено: в нём ${annual - 1} ч, а по учебному плану ${annual} ч`);
    expect(() => approveThematicPlan(plan(annual, 'approved'), withMath, settings)).toThrow('КТП уже утверждено');
    expect(() => approveThematicPlan(plan(annual), curriculum(year, 5, [['rus', 1]]), settings)).toThrow(/нет этого предмета/);
  });

  it('goes back to draft when its topics change', () => {
    const revised = reviseThematicPlan(plan(34, 'approved'), [{ number: 1, title: 'Проценты', hours: 10 }]);
    expect(revised).toEqual({ ...plan(34), topics: [{ number: 1, title: 'Проценты', hours: 10 }], status: 'draft' });
  });
});
