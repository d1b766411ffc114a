import { InvalidArgument } from '@ejournal/kit';
import { addDays } from '@ejournal/school-rules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest interval a report covers: a school year and a little. */
export const MAX_REPORT_DAYS = 400;

const valid = (date: string) => DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

/** [from, to] as asked, both included; by default the four weeks up to today. Bad dates are refused by name. */
export function reportRange(from: string | undefined, to: string | undefined, today: string): { from: string; to: string } {
  const end = to || today;
  const start = from || addDays(end, -27);
  const errors: Record<string, string> = {};
  if (!valid(start)) errors.from = 'дата ГГГГ-ММ-ДД';
  if (!valid(end)) errors.to = 'дата ГГГГ-ММ-ДД';
  if (Object.keys(errors).length > 0) throw new InvalidArgument('неверный интервал отчёта: даты в виде ГГГГ-ММ-ДД', errors);
  if (start > end) throw new InvalidArgument('начало интервала позже его конца', { from: 'не позже to' });
  if (Date.parse(end) - Date.parse(start) > MAX_REPORT_DAYS * 86_400_000) throw new InvalidArgument(`интервал отчёта не длиннее ${MAX_REPORT_DAYS} дней`, { from: `не раньше чем за ${MAX_REPORT_DAYS} дней до to` });
  return { from: start, to: end };
}
