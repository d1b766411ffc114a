import { InvalidArgument } from '@ejournal/kit';
import { proposeYearFinal } from '@ejournal/school-rules';
import type { Final } from './journal-page';
import { currentFinals } from './period-finals';
import type { JournalRules } from './rules';

export interface PeriodOfYear {
  id: string;
  name: string;
  scheme: string;
  startsOn: string;
}

/** A student's period finals of the year, in period order, and the year final they give (000 §9.1). */
export function yearFinalsOf(studentId: string, periods: PeriodOfYear[], periodFinals: Map<string, Final[]>, rules: Pick<JournalRules, 'rounding' | 'lowestMark'>) {
  const finals = periods.flatMap((period) => {
    const final = currentFinals({ finals: periodFinals.get(period.id) ?? [] }).find((candidate) => candidate.studentId === studentId && (candidate.kind ?? 'period') === 'period');
    return final ? [{ periodId: period.id, periodName: period.name, value: final.value }] : [];
  });
  return { periodFinals: finals, proposed: proposeYearFinal(finals.map((final) => final.value), rules) ?? 0 };
}

/** The year final or an exam mark; a year final unlike the proposal needs a reason. */
export function yearFinal(kind: string, studentId: string, value: number, reason: string, proposed: number, rules: JournalRules, by: string, at: Date): Final {
  if (kind !== 'year' && kind !== 'exam') throw new InvalidArgument('вид итоговой отметки: year (годовая) или exam (экзаменационная)', { kind: 'year или exam' });
  if (!(Number.isInteger(value) && value >= rules.lowestMark && value <= rules.highestMark)) throw new InvalidArgument(`итоговая отметка вне шкалы (${rules.lowestMark}–${rules.highestMark})`, { value: 'отметка' });
  const why = (reason ?? '').trim().slice(0, 500);
  if (kind === 'year' && proposed && value !== proposed && !why) throw new InvalidArgument(`по четвертным (полугодовым) отметкам выходит ${proposed}: укажите причину другой годовой отметки`, { reason: 'обязательно, если отметка отличается' });
  return { kind, studentId, value, proposed: kind === 'year' ? proposed : 0, average: 0, reason: why, setBy: by, setAt: at };
}

/** Year and exam finals lock when every period of the year is closed (000 §9.1). */
export function yearClosed(periodsClosed: boolean[]): boolean {
  return periodsClosed.every(Boolean);
}
