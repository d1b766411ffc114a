import { chooseBackupsToKeep, DEFAULT_RETENTION, isoWeekOf } from '../src/rotation';

const at = (iso: string) => ({ takenAt: new Date(iso), name: iso });
const names = (backups: Array<{ name: string }>) => backups.map((backup) => backup.name);
/** One backup a day at 01:30 UTC, for `days` days up to and including `last`. */
function nightly(last: string, days: number) {
  const end = new Date(`${last}T01:30:00Z`).getTime();
  return Array.from({ length: days }, (_, index) => at(new Date(end - index * 86_400_000).toISOString()));
}

describe('grandfather-father-son rotation', () => {
  it('keeps nothing of nothing', () => {
    expect(chooseBackupsToKeep([], DEFAULT_RETENTION)).toEqual({ keep: [], remove: [] });
  });

  it('keeps the newest backup of each of the last 7 days and removes the earlier ones of a day', () => {
    const backups = [at('2025-09-10T01:30:00Z'), at('2025-09-10T13:00:00Z'), at('2025-09-09T01:30:00Z')];
    const choice = chooseBackupsToKeep(backups, { daily: 7, weekly: 0, monthly: 0 });
    expect(names(choice.keep.map((kept) => kept.backup))).toEqual(['2025-09-10T13:00:00Z', '2025-09-09T01:30:00Z']);
    expect(names(choice.remove)).toEqual(['2025-09-10T01:30:00Z']);
  });

  it('counts days in UTC', () => {
    // 23:30 and 00:30 UTC are two days, though both are 1 September in Moscow (UTC+3).
    const choice = chooseBackupsToKeep([at('2025-08-31T23:30:00Z'), at('2025-09-01T00:30:00Z')], { daily: 7, weekly: 0, monthly: 0 });
    expect(choice.keep.map((kept) => kept.reasons)).toEqual([['daily 2025-09-01'], ['daily 2025-08-31']]);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly of a year and more of nightly backups: 19 backups, some for several reasons', () => {
    const backups = nightly('2025-09-10', 400); // 2025-09-10 is a Wednesday
    const choice = chooseBackupsToKeep(backups, DEFAULT_RETENTION);
    const kept = names(choice.keep.map((entry) => entry.backup)).map((name) => name.slice(0, 10));
    expect(kept).toEqual([
      // the last 7 days; the first is also its week's and its month's newest
      '2025-09-10', '2025-09-09', '2025-09-08', '2025-09-07', '2025-09-06', '2025-09-05', '2025-09-04',
      // Sundays that end the 3 weeks before (2025-09-07 ends one already kept)
      '2025-08-31', '2025-08-24',
      // the last day of each of the 11 months before September
      '2025-08-31', '2025-07-31', '2025-06-30', '2025-05-31', '2025-04-30', '2025-03-31', '2025-02-28', '2025-01-31', '2024-12-31', '2024-11-30', '2024-10-31',
    ].filter((day, index, all) => all.indexOf(day) === index));
    expect(choice.keep).toHaveLength(19);
    expect(choice.remove).toHaveLength(400 - 19);
    expect(choice.keep[0].reasons).toEqual(['daily 2025-09-10', 'weekly 2025-W37', 'monthly 2025-09']);
    expect(choice.keep.find((entry) => entry.backup.name.startsWith('2025-08-31'))!.reasons).toEqual(['weekly 2025-W35', 'monthly 2025-08']);
  });

  it('does not spend a place on a day, week or month without a backup', () => {
    const backups = [at('2025-09-10T01:30:00Z'), at('2025-06-02T01:30:00Z'), at('2025-01-15T01:30:00Z')];
    const choice = chooseBackupsToKeep(backups, { daily: 2, weekly: 0, monthly: 0 });
    expect(names(choice.keep.map((kept) => kept.backup))).toEqual(['2025-09-10T01:30:00Z', '2025-06-02T01:30:00Z']);
    expect(names(choice.remove)).toEqual(['2025-01-15T01:30:00Z']);
  });

  it('keeps the newest backup even when every count is 0', () => {
    const choice = chooseBackupsToKeep(nightly('2025-09-10', 3), { daily: 0, weekly: 0, monthly: 0 });
    expect(choice.keep).toEqual([{ backup: expect.objectContaining({ name: '2025-09-10T01:30:00.000Z' }), reasons: ['newest'] }]);
    expect(choice.remove).toHaveLength(2);
  });

  it('does not depend on the order it is given', () => {
    const backups = nightly('2025-09-10', 60);
    const shuffled = [...backups].sort((a, b) => (a.name.slice(8, 10) < b.name.slice(8, 10) ? -1 : 1));
    expect(chooseBackupsToKeep(shuffled, DEFAULT_RETENTION)).toEqual(chooseBackupsToKeep(backups, DEFAULT_RETENTION));
  });

  it.each([
    ['2024-12-29', '2024-W52'], // Sunday: still the last week of 2024
    ['2024-12-30', '2025-W01'], // Monday: the week of 2 January 2025, a Thursday
    ['2021-01-03', '2020-W53'], // 2020 has 53 ISO weeks
    ['2025-09-08', '2025-W37'],
    ['2025-09-07', '2025-W36'],
  ])('puts %s in ISO week %s', (day, week) => {
    expect(isoWeekOf(new Date(`${day}T12:00:00Z`))).toBe(week);
  });
});
