import { lessonRecordDue, lessonRecordedOnTime } from '../src';

// 003 §4.2: the lesson's topic and homework are written on its day by 21:00 — in the school's own time
// zone. The gradebook (on-time flag of a record) and the reports (filling control) judge by this one rule.
describe('the lesson record’s deadline (003 §4.2)', () => {
  it('is 21:00 of the lesson’s day in the school’s time zone', () => {
    expect(lessonRecordDue('2026-09-15', 'Europe/Moscow').toISOString()).toBe('2026-09-15T18:00:00.000Z');
    expect(lessonRecordDue('2026-09-15', 'Asia/Yekaterinburg').toISOString()).toBe('2026-09-15T16:00:00.000Z');
    expect(lessonRecordDue('2026-09-15').toISOString()).toBe('2026-09-15T18:00:00.000Z');
  });

  it('counts a record written at 21:00 sharp as on time, and one a second later as late', () => {
    expect(lessonRecordedOnTime('2026-09-15', new Date('2026-09-15T18:00:00.000Z'), 'Europe/Moscow')).toBe(true);
    expect(lessonRecordedOnTime('2026-09-15', new Date('2026-09-15T18:00:01.000Z'), 'Europe/Moscow')).toBe(false);
    expect(lessonRecordedOnTime('2026-09-15', new Date('2026-09-14T20:00:00.000Z'), 'Europe/Moscow')).toBe(true);
  });

  it('judges a school in Perm by Perm’s clock: 21:30 there is late though Moscow shows 19:30', () => {
    const at = new Date('2026-09-15T16:30:00.000Z');
    expect(lessonRecordedOnTime('2026-09-15', at, 'Asia/Yekaterinburg')).toBe(false);
    expect(lessonRecordedOnTime('2026-09-15', at, 'Europe/Moscow')).toBe(true);
  });
});
