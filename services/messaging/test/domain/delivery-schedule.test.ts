import { afterQuietHours, emailDue, inQuietHours, MAX_ATTEMPTS, minuteOf, minutesBetween, nextDigest, retryDelayMs } from '../../src/domain/delivery-schedule';

// Times are the school's local times; instants are given in UTC. Moscow is UTC+3, Yekaterinburg UTC+5
// (no daylight saving time in Russia).
const MOSCOW = 'Europe/Moscow';
const YEKATERINBURG = 'Asia/Yekaterinburg';
const night = { quietFrom: '21:00', quietUntil: '07:00' };
const utc = (instant: string) => new Date(instant);

describe('quiet hours [from, until)', () => {
  it.each([
    ['20:59', false],
    ['21:00', true],
    ['23:59', true],
    ['00:00', true],
    ['06:59', true],
    ['07:00', false],
    ['12:00', false],
  ])('across midnight 21:00–07:00: %s is quiet: %s', (time, quiet) => {
    expect(inQuietHours(time, '21:00', '07:00')).toBe(quiet);
  });

  it.each([
    ['12:59', false],
    ['13:00', true],
    ['14:59', true],
    ['15:00', false],
    ['23:00', false],
    ['03:00', false],
  ])('within a day 13:00–15:00: %s is quiet: %s', (time, quiet) => {
    expect(inQuietHours(time, '13:00', '15:00')).toBe(quiet);
  });

  it('are none when they begin as they end', () => {
    for (const time of ['00:00', '07:00', '12:00', '23:59']) expect(inQuietHours(time, '07:00', '07:00')).toBe(false);
  });
});

describe('when the quiet hours around an instant end', () => {
  it('22:30 in Moscow → 07:00 of the next day in Moscow', () => {
    expect(afterQuietHours(utc('2026-11-30T19:30:00Z'), night, MOSCOW)).toEqual(utc('2026-12-01T04:00:00Z'));
  });

  it('22:30 in Yekaterinburg → 07:00 of the next day in Yekaterinburg', () => {
    expect(afterQuietHours(utc('2026-11-30T17:30:00Z'), night, YEKATERINBURG)).toEqual(utc('2026-12-01T02:00:00Z'));
  });

  it('after midnight → 07:00 of the same local day, even while it is still the day before in UTC', () => {
    expect(afterQuietHours(utc('2026-12-01T00:00:00Z'), night, MOSCOW)).toEqual(utc('2026-12-01T04:00:00Z'));
    // 01:00 on 1 December in Moscow is 22:00 on 30 November in UTC.
    expect(afterQuietHours(utc('2026-11-30T22:00:00Z'), night, MOSCOW)).toEqual(utc('2026-12-01T04:00:00Z'));
    // 00:30 on 1 December in Yekaterinburg is 19:30 on 30 November in UTC.
    expect(afterQuietHours(utc('2026-11-30T19:30:00Z'), night, YEKATERINBURG)).toEqual(utc('2026-12-01T02:00:00Z'));
  });

  it('across the end of a year', () => {
    expect(afterQuietHours(utc('2026-12-31T19:00:00Z'), night, MOSCOW)).toEqual(utc('2027-01-01T04:00:00Z'));
  });

  it('returns the instant itself outside the quiet hours, at their very end and just before they begin', () => {
    for (const instant of ['2026-11-30T04:00:00Z', '2026-11-30T09:00:00Z', '2026-11-30T17:59:59Z']) {
      const at = utc(instant);
      expect(afterQuietHours(at, night, MOSCOW)).toBe(at);
    }
    expect(afterQuietHours(utc('2026-11-30T18:00:00Z'), night, MOSCOW)).toEqual(utc('2026-12-01T04:00:00Z'));
  });

  it('ends quiet hours within a day on the same day', () => {
    expect(afterQuietHours(utc('2026-11-30T11:00:00Z'), { quietFrom: '13:00', quietUntil: '15:00' }, MOSCOW)).toEqual(utc('2026-11-30T12:00:00Z'));
  });

  it('never delays when the quiet hours are empty', () => {
    const at = utc('2026-11-30T19:30:00Z');
    expect(afterQuietHours(at, { quietFrom: '07:00', quietUntil: '07:00' }, MOSCOW)).toBe(at);
  });

  it('sends a notice’s e-mail when the quiet hours end', () => {
    expect(emailDue(utc('2026-11-30T19:30:00Z'), night, MOSCOW)).toEqual(utc('2026-12-01T04:00:00Z'));
    expect(emailDue(utc('2026-11-30T09:00:00Z'), night, MOSCOW)).toEqual(utc('2026-11-30T09:00:00Z'));
  });
});

describe('the next digest', () => {
  const daily = { ...night, digest: 'daily' as const, digestHour: 19, digestWeekday: 5 };
  const weekly = { ...daily, digest: 'weekly' as const };

  it('daily: today at the hour when it is still before it, else tomorrow (Moscow)', () => {
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), daily, MOSCOW)).toEqual(utc('2026-11-30T16:00:00Z'));
    expect(nextDigest(utc('2026-11-30T15:59:00Z'), daily, MOSCOW)).toEqual(utc('2026-11-30T16:00:00Z'));
    expect(nextDigest(utc('2026-11-30T16:00:00Z'), daily, MOSCOW)).toEqual(utc('2026-12-01T16:00:00Z'));
    expect(nextDigest(utc('2026-11-30T20:00:00Z'), daily, MOSCOW)).toEqual(utc('2026-12-01T16:00:00Z'));
  });

  it('daily: by the school’s local date, not UTC’s', () => {
    // 01:00 on 1 December in Moscow: the digest is at 19:00 that day, not on 30 November.
    expect(nextDigest(utc('2026-11-30T22:00:00Z'), daily, MOSCOW)).toEqual(utc('2026-12-01T16:00:00Z'));
  });

  it('daily in Yekaterinburg: 19:00 local is 14:00 UTC', () => {
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), daily, YEKATERINBURG)).toEqual(utc('2026-11-30T14:00:00Z'));
    expect(nextDigest(utc('2026-11-30T14:00:00Z'), daily, YEKATERINBURG)).toEqual(utc('2026-12-01T14:00:00Z'));
  });

  it('weekly: on the weekday at the hour (1 = Monday … 7 = Sunday)', () => {
    // 30 November 2026 is a Monday; 4 December a Friday.
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), weekly, MOSCOW)).toEqual(utc('2026-12-04T16:00:00Z'));
    expect(nextDigest(utc('2026-12-04T15:00:00Z'), weekly, MOSCOW)).toEqual(utc('2026-12-04T16:00:00Z'));
    expect(nextDigest(utc('2026-12-04T17:00:00Z'), weekly, MOSCOW)).toEqual(utc('2026-12-11T16:00:00Z'));
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), { ...weekly, digestWeekday: 7 }, MOSCOW)).toEqual(utc('2026-12-06T16:00:00Z'));
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), { ...weekly, digestWeekday: 1 }, MOSCOW)).toEqual(utc('2026-11-30T16:00:00Z'));
    expect(nextDigest(utc('2026-11-30T17:00:00Z'), { ...weekly, digestWeekday: 1 }, MOSCOW)).toEqual(utc('2026-12-07T16:00:00Z'));
  });

  it('is pushed out of the quiet hours', () => {
    // 22:00 is quiet: the digest goes at 07:00 the next morning.
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), { ...daily, digestHour: 22 }, MOSCOW)).toEqual(utc('2026-12-01T04:00:00Z'));
    // 06:00 and 00:00 tomorrow are quiet: at 07:00 tomorrow.
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), { ...daily, digestHour: 6 }, MOSCOW)).toEqual(utc('2026-12-01T04:00:00Z'));
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), { ...daily, digestHour: 0 }, MOSCOW)).toEqual(utc('2026-12-01T04:00:00Z'));
    expect(nextDigest(utc('2026-11-30T10:00:00Z'), { ...daily, digestHour: 22 }, YEKATERINBURG)).toEqual(utc('2026-12-01T02:00:00Z'));
  });
});

describe('retries after a failed attempt', () => {
  it.each([
    [0, 30_000],
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [4, 240_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [20, 3_600_000],
  ])('after %s attempts waits %s ms (doubling from 30 s, at most an hour)', (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });

  it('gives up after 8 attempts', () => {
    expect(MAX_ATTEMPTS).toBe(8);
  });
});

describe('instants to the minute (UTC)', () => {
  it('rounds down by default and up on request, never before the instant', () => {
    expect(minuteOf(utc('2026-11-30T10:15:00.000Z'))).toBe('2026-11-30T10:15');
    expect(minuteOf(utc('2026-11-30T10:15:59.999Z'))).toBe('2026-11-30T10:15');
    expect(minuteOf(utc('2026-11-30T10:15:00.000Z'), 'up')).toBe('2026-11-30T10:15');
    expect(minuteOf(utc('2026-11-30T10:15:00.001Z'), 'up')).toBe('2026-11-30T10:16');
    expect(minuteOf(utc('2026-11-30T10:15:59.999Z'), 'up')).toBe('2026-11-30T10:16');
    expect(minuteOf(utc('2026-12-31T23:59:30.000Z'), 'up')).toBe('2027-01-01T00:00');
  });

  it('lists the minutes after one up to and including another', () => {
    expect(minutesBetween('2026-11-30T23:58', '2026-12-01T00:01')).toEqual(['2026-11-30T23:59', '2026-12-01T00:00', '2026-12-01T00:01']);
    expect(minutesBetween('2026-11-30T10:00', '2026-11-30T10:01')).toEqual(['2026-11-30T10:01']);
  });

  it('lists none when the end is not after the start', () => {
    expect(minutesBetween('2026-11-30T10:00', '2026-11-30T10:00')).toEqual([]);
    expect(minutesBetween('2026-11-30T10:00', '2026-11-30T09:00')).toEqual([]);
  });

  it('lists at most the limit, a week by default', () => {
    expect(minutesBetween('2026-11-30T10:00', '2026-11-30T11:00', 3)).toEqual(['2026-11-30T10:01', '2026-11-30T10:02', '2026-11-30T10:03']);
    const month = minutesBetween('2026-11-01T00:00', '2026-12-01T00:00');
    expect(month).toHaveLength(10_080);
    expect(month[month.length - 1]).toBe('2026-11-08T00:00');
  });
});
