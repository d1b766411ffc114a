import { isIsoDate } from '@ejournal/contracts';
import { InvalidArgument } from '@ejournal/kit';
import { addDays } from '@ejournal/school-rules';

/** The longest interval a report covers: a school year and a little. */
const MAX_REPORT_DAYS = 400;

/** [from, to] as asked, both included; by default the four weeks up to today. Bad dates are refused by name. */
export function reportRange(from: string | undefined, to: string | undefined, today: string): { from: string; to: string } {
  const end = to || today;
  const start = from || addDays(end, -27);
  const errors: Record<string, string> = {};
  if (!isIsoDate(start)) errors.from = 'дата ГГГГ-ММ-ДД';
  if (!isIsoDate(end)) errors.to = 'дата ГГГГ-ММ-ДД';
  if (Object.keys(errors).length > 0) throw new InvalidArgument('неверный интервал отчёта: даты в виде ГГГГ-ММ-ДД', errors);
  if (start > end) throw new InvalidArgument('начало интервала позже его конца', { from: 'не позже to' });
  if (Date.parse(end) - Date.parse(start) > MAX_REPORT_DAYS * 86_400_000) throw new InvalidArgument(`интервал отчёта не длиннее ${MAX_REPORT_DAYS} дней`, { from: `не раньше чем за ${MAX_REPORT_DAYS} дней до to` });
  return { from: start, to: end };
}

/** The interval widened to the school years it touches, whole (a year not dated yet adds nothing). */
export function yearsSpan(years: Array<{ startsOn: string; endsOn: string }>, range: { from: string; to: string }): { from: string; to: string } {
  const touched = years.filter((year) => year.startsOn && year.endsOn && year.startsOn <= range.to && year.endsOn >= range.from);
  return {
    from: [range.from, ...touched.map((year) => year.startsOn)].sort()[0],
    to: [range.to, ...touched.map((year) => year.endsOn)].sort().at(-1)!,
  };
}
