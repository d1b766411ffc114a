import { expiredMonths, keptUntilMonth } from '../../src/domain/retention';

// Correspondence and notices are kept for the school year they belong to (1 September – 31 August,
// 001 §9.1) plus a configured number of days (MESSAGING_RETENTION_DAYS, 90 by default), to the end
// of the month that period ends in.

describe('how long a message or notice is kept', () => {
  it('a date in October 2026 belongs to the school year 2026/27: kept to the end of August 2027 + 90 days (29.11.2027) → November 2027', () => {
    expect(keptUntilMonth(new Date('2026-10-15T12:00:00Z'), 90)).toBe('2027-11');
  });

  it('a date in March 2027 belongs to the same school year: the same term', () => {
    expect(keptUntilMonth(new Date('2027-03-10T08:00:00Z'), 90)).toBe('2027-11');
  });

  it('the school year changes on 1 September', () => {
    expect(keptUntilMonth(new Date('2026-08-31T12:00:00Z'), 90)).toBe('2026-11');
    expect(keptUntilMonth(new Date('2026-09-01T12:00:00Z'), 90)).toBe('2027-11');
    expect(keptUntilMonth(new Date('2027-08-31T12:00:00Z'), 90)).toBe('2027-11');
    expect(keptUntilMonth(new Date('2027-09-01T12:00:00Z'), 90)).toBe('2028-11');
  });

  it('takes the school’s own date: 00:30 on 1 September in Moscow (21:30 UTC on 31 August) is the new school year', () => {
    expect(keptUntilMonth(new Date('2026-08-31T21:30:00Z'), 90, 'Europe/Moscow')).toBe('2027-11');
    expect(keptUntilMonth(new Date('2026-08-31T21:30:00Z'), 90, 'Europe/London')).toBe('2026-11');
  });

  it('counts the days from 31 August', () => {
    expect(keptUntilMonth(new Date('2026-10-15T12:00:00Z'), 1)).toBe('2027-09');
    expect(keptUntilMonth(new Date('2026-10-15T12:00:00Z'), 30)).toBe('2027-09');
    expect(keptUntilMonth(new Date('2026-10-15T12:00:00Z'), 31)).toBe('2027-10');
    expect(keptUntilMonth(new Date('2026-10-15T12:00:00Z'), 365)).toBe('2028-08');
    expect(keptUntilMonth(new Date('2026-10-15T12:00:00Z'), 3_650)).toBe('2037-08');
  });
});

describe('what the retention pass deletes', () => {
  it('the months before the current one, newest first', () => {
    expect(expiredMonths(new Date('2027-12-05T00:00:00Z'), 3)).toEqual(['2027-11', '2027-10', '2027-09']);
  });

  it('across the start of a year', () => {
    expect(expiredMonths(new Date('2027-02-15T00:00:00Z'), 4)).toEqual(['2027-01', '2026-12', '2026-11', '2026-10']);
    expect(expiredMonths(new Date('2027-01-01T00:00:00Z'), 2)).toEqual(['2026-12', '2026-11']);
  });

  it('looks back four years by default', () => {
    const months = expiredMonths(new Date('2027-12-05T00:00:00Z'));
    expect(months).toHaveLength(48);
    expect(months[0]).toBe('2027-11');
    expect(months[47]).toBe('2023-12');
  });

  it('deletes a term only once its month has ended', () => {
    const kept = keptUntilMonth(new Date('2026-10-15T12:00:00Z'), 90);
    expect(expiredMonths(new Date('2027-11-30T23:59:59Z'))).not.toContain(kept);
    expect(expiredMonths(new Date('2027-12-01T00:00:00Z'))).toContain(kept);
  });
});
