import { periodLength, thematicPlanKeys } from '@ejournal/school-rules';
import { correctionRules } from '../../src/domain/corrections';
import { teachesPage } from '../../src/domain/journal-page';
import { finalsSpan } from '../../src/domain/period-finals';
import { yearClosed } from '../../src/domain/year-finals';
import type { JournalRules } from '../../src/domain/rules';

// Rules the gRPC handlers used to decide themselves (issue #13), now pure functions of the domain.

const rules = { markCorrectionMinutes: 30 } as JournalRules;

describe('rules once decided in the handlers', () => {
  it('needs as many marks for a final as the period is long: quarter, trimester or half-year (004 §5)', () => {
    expect(periodLength('QUARTERS')).toBe('quarter');
    expect(periodLength('TRIMESTERS')).toBe('trimester');
    expect(periodLength('HALF_YEARS')).toBe('half-year');
    expect(periodLength(undefined)).toBe('quarter');
    expect(periodLength('SOMETHING_NEW')).toBe('quarter');
  });

  it('closes the correction window for everyone once the period is closed: every change is a request (004 §4.1)', () => {
    expect(correctionRules(rules, false).markCorrectionMinutes).toBe(30);
    expect(correctionRules(rules, true).markCorrectionMinutes).toBe(-1);
  });

  it('lets only the timetable teacher of a page set its finals, not a substitute of one lesson (000 §9.1)', () => {
    const page = { lessons: [{ teacherId: 'T1', substituteTeacherId: '' }, { teacherId: 'T1', substituteTeacherId: 'T2' }] } as never;
    expect(teachesPage(page, 'T1')).toBe(true);
    expect(teachesPage(page, 'T2')).toBe(false);
    expect(teachesPage(page, '')).toBe(false);
  });

  it('locks year and exam finals only when every period of the year is closed (000 §9.1)', () => {
    expect(yearClosed([true, true, true, true])).toBe(true);
    expect(yearClosed([true, true, true, false])).toBe(false);
  });

  it('counts the students of the whole period for its finals, and of every day while the period is unknown', () => {
    expect(finalsSpan({ startsOn: '2026-09-01', endsOn: '2026-10-26' })).toEqual({ from: '2026-09-01', to: '2026-10-26' });
    const open = finalsSpan(null);
    expect(open.from <= '2026-09-01' && open.to >= '2027-05-31').toBe(true);
  });

  it('takes the teacher\'s own КТП before the school\'s for the grade and subject (003 §4.2)', () => {
    expect(thematicPlanKeys({ yearId: 'Y', grade: 7, teacherId: 'T1' }, 'math')).toEqual(['Y:7:math:T1', 'Y:7:math:-']);
    expect(thematicPlanKeys({ grade: 7, teacherId: 'T1' }, 'math')).toEqual([]);
  });
});
