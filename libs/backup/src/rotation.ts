/**
 * Which backups a medium keeps: grandfather-father-son. Of the backups on the medium, keep
 * - the newest of each of the last `daily` days that have a backup,
 * - the newest of each of the last `weekly` ISO weeks (Monday to Sunday) that have one,
 * - the newest of each of the last `monthly` calendar months that have one,
 * and always the newest backup of all (even with every count 0). Days, weeks and months are UTC's. The rules are independent (as
 * restic's `forget --keep-daily/--keep-weekly/--keep-monthly`): one backup may be kept by several, and
 * a day, week or month without a backup does not use up a place. Everything else is removed.
 */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface RetentionChoice<T> {
  /** Newest first, each with why it stays: `daily 2025-09-01`, `weekly 2025-W36`, `monthly 2025-09`, `newest`. */
  keep: Array<{ backup: T; reasons: string[] }>;
  /** Newest first. */
  remove: T[];
}

const pad = (value: number) => String(value).padStart(2, '0');
const dayOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const monthOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;

/** ISO 8601 week: weeks start on Monday, and week 1 is the one with the year's first Thursday. */
export function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of the same week names its year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

export function chooseBackupsToKeep<T extends { takenAt: Date }>(backups: readonly T[], policy: RetentionPolicy): RetentionChoice<T> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const reasons = new Map<T, string[]>();
  const keep = (backup: T, reason: string) => reasons.set(backup, [...(reasons.get(backup) ?? []), reason]);
  const rules: Array<[string, number, (date: Date) => string]> = [
    ['daily', policy.daily, dayOf],
    ['weekly', policy.weekly, isoWeekOf],
    ['monthly', policy.monthly, monthOf],
  ];
  for (const [rule, count, periodOf] of rules) {
    const periods = new Set<string>();
    for (const backup of newestFirst) {
      if (periods.size >= count) break;
      const period = periodOf(backup.takenAt);
      if (periods.has(period)) continue;
      periods.add(period);
      keep(backup, `${rule} ${period}`);
    }
  }
  if (newestFirst.length > 0 && !reasons.has(newestFirst[0])) keep(newestFirst[0], 'newest');
  return {
    keep: newestFirst.filter((backup) => reasons.has(backup)).map((backup) => ({ backup, reasons: reasons.get(backup)! })),
    remove: newestFirst.filter((backup) => !reasons.has(backup)),
  };
}
