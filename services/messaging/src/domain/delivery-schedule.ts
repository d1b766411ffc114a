import { addDays, instantOf, localDateTime, weekdayOf } from '@ejournal/school-rules';
import type { Preferences } from './preferences';

/** Whether a local time (ЧЧ:ММ) falls in the quiet hours [from, until) — across midnight when from > until. */
export function inQuietHours(time: string, from: string, until: string): boolean {
  if (from === until) return false;
  return from < until ? time >= from && time < until : time >= from || time < until;
}

/** When the quiet hours around `at` end (`at` itself when it is not in them). */
export function afterQuietHours(at: Date, preferences: Pick<Preferences, 'quietFrom' | 'quietUntil'>, timeZone: string): Date {
  const local = localDateTime(at, timeZone);
  if (!inQuietHours(local.time, preferences.quietFrom, preferences.quietUntil)) return at;
  const day = local.time < preferences.quietUntil ? local.date : addDays(local.date, 1);
  return instantOf(day, preferences.quietUntil, timeZone);
}

/** The next digest after `at`: daily at the hour, or weekly on the weekday at the hour, outside quiet hours. */
export function nextDigest(at: Date, preferences: Pick<Preferences, 'digest' | 'digestHour' | 'digestWeekday' | 'quietFrom' | 'quietUntil'>, timeZone: string): Date {
  const local = localDateTime(at, timeZone);
  const hour = `${String(preferences.digestHour).padStart(2, '0')}:00`;
  let day = local.time < hour ? local.date : addDays(local.date, 1);
  if (preferences.digest === 'weekly') while (weekdayOf(day) !== preferences.digestWeekday) day = addDays(day, 1);
  return afterQuietHours(instantOf(day, hour, timeZone), preferences, timeZone);
}

/** When a notice's e-mail goes: at once, or when the quiet hours end. */
export function emailDue(at: Date, preferences: Pick<Preferences, 'quietFrom' | 'quietUntil'>, timeZone: string): Date {
  return afterQuietHours(at, preferences, timeZone);
}

/** Back-off after a failed attempt: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Attempts after which a temporary failure counts as permanent. */
export const MAX_ATTEMPTS = 8;

/** An instant to the minute (UTC): deliveries wait by the minute they are due in ('up': never before the instant). */
export function minuteOf(at: Date, round: 'down' | 'up' = 'down'): string {
  return new Date(round === 'up' ? at.getTime() + 59_999 : at.getTime()).toISOString().slice(0, 16);
}

/** The minutes after `after` up to `until` (both as minuteOf gives them), at most `limit` of them. */
export function minutesBetween(after: string, until: string, limit = 10_080): string[] {
  const minutes: string[] = [];
  let at = Date.parse(`${after}:00Z`) + 60_000;
  const end = Date.parse(`${until}:00Z`);
  while (at <= end && minutes.length < limit) {
    minutes.push(new Date(at).toISOString().slice(0, 16));
    at += 60_000;
  }
  return minutes;
}
