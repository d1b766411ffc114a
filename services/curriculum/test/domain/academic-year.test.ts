import { Conflict, InvalidArgument } from '@ejournal/kit';
import { closePeriod, ensureNoOverlap, periodOf, withPeriod, yearOfWeek } from '../../src/domain/academic-year';
import { sampleYear } from './sample-school';

describe('the school year (001 §9.1)', () => {
  const year = sampleYear(2026);
  const next = sampleYear(2027);

  it('refuses a new year that shares a day with a year the school has, naming it', () => {
    expect(() => ensureNoOverlap(next, [year])).not.toThrow();
    const overlapping = { ...next, startsOn: '2027-05-26' };
    expect(() => ensureNoOverlap(overlapping, [year])).toThrow(Conflict);
    expect(() => ensureNoOverlap(overlapping, [year])).toThrow('учебный год 2026/2027 (2026-09-01…2027-05-26) пересекается с новым');
    expect(() => ensureNoOverlap(year, [])).not.toThrow();
  });

  it('finds the year a week touches, by its Monday: a week that starts before the year and ends in it counts', () => {
    expect(yearOfWeek([year, next], '2026-08-31')).toBe(year);
    expect(yearOfWeek([year, next], '2027-05-24')).toBe(year);
    expect(yearOfWeek([year, next], '2027-09-06')).toBe(next);
    // The summer between the years belongs to neither.
    expect(yearOfWeek([year, next], '2027-07-05')).toBeUndefined();
    expect(yearOfWeek([year, next], '2026-08-24')).toBeUndefined();
  });

  it('puts a closed period back in its year, leaving the others as they were (004 §4.2.3)', () => {
    const first = year.periods[0];
    const closed = closePeriod(year, first.id, first.endsOn, true, 'admin');
    const changed = withPeriod(year, closed);
    expect(periodOf(changed, first.id).closedOn).toBe(first.endsOn);
    expect(changed.periods.slice(1)).toEqual(year.periods.slice(1));
    expect(changed.periods.map((period) => period.id)).toEqual(year.periods.map((period) => period.id));
    expect(year.periods[0].closedOn).toBe('');
  });

  it('names a period the year does not have as an invalid argument', () => {
    expect(() => periodOf(year, 'no-such-period')).toThrow(InvalidArgument);
  });
});
