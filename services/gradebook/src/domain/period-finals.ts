import { InvalidArgument } from '@ejournal/kit';
import { countedMark, proposeFinal, type FinalProposal, type PeriodLength } from '@ejournal/school-rules';
import type { Final, JournalPage } from './journal-page';
import type { JournalRules } from './rules';
import { boundedText as text } from './text';

/** The days whose students a period's finals are for: the period's, or all days when the period is not known yet. */
export function finalsSpan(period: { startsOn: string; endsOn: string } | null): { from: string; to: string } {
  return { from: period?.startsOn ?? '', to: period?.endsOn ?? '9999-12-31' };
}

/** Proposals of the period final for each student on the page. */
export function proposals(page: JournalPage, students: string[], length: PeriodLength, rules: JournalRules): Array<FinalProposal & { studentId: string }> {
  return students.map((studentId) => ({
    studentId,
    ...proposeFinal(
      page.marks
        .filter((mark) => mark.studentId === studentId && !mark.removed)
        .map((mark) => countedMark(mark, rules.workKinds)),
      length,
      rules,
    ),
  }));
}

/** The teacher sets the final; when it differs from the proposal the reason is required. */
export function setFinal(page: JournalPage, studentId: string, value: number, reason: string, proposal: FinalProposal | undefined, rules: JournalRules, by: string, at: Date, notAttested = false): { page: JournalPage; final: Final } {
  if (!proposal) throw new InvalidArgument('ученика нет на этой странице журнала', { studentId: 'ученик страницы' });
  const shortOf = `отметок ${proposal.counted} (письменных, лабораторных, практических ${proposal.written}), а нужно не меньше ${proposal.minimum} (из них ${proposal.minimumWritten}) — 004 §5`;
  if (notAttested) {
    // «н/а»: not attested, the final the rules allow when there are too few marks.
    if (!proposal.notEnoughMarks) throw new InvalidArgument(`«н/а» ставится, только когда отметок не хватает; у ученика их достаточно (${proposal.counted})`, { notAttested: 'только при нехватке отметок' });
    const final: Final = { kind: 'period', studentId, value: 0, proposed: proposal.proposed ?? 0, average: proposal.average ?? 0, reason: text(reason, 'reason', 500), setBy: by, setAt: at, notAttested: true };
    return { page: { ...page, finals: [...page.finals, final] }, final };
  }
  if (!(Number.isInteger(value) && value >= rules.lowestMark && value <= rules.highestMark)) throw new InvalidArgument(`итоговая отметка вне шкалы (${rules.lowestMark}–${rules.highestMark})`, { value: 'отметка' });
  if (proposal.notEnoughMarks && !text(reason, 'reason', 500)) {
    throw new InvalidArgument(`у ученика ${shortOf}: поставьте «н/а» (notAttested) или укажите причину итоговой отметки`, { reason: 'обязательно при нехватке отметок' });
  }
  const why = text(reason, 'reason', 500);
  if (proposal.proposed !== null && value !== proposal.proposed && !why) throw new InvalidArgument(`система предлагает ${proposal.proposed} (средний балл ${proposal.average}): укажите причину другой отметки`, { reason: 'обязательно, если отметка отличается' });
  const final: Final = { kind: 'period', studentId, value, proposed: proposal.proposed ?? 0, average: proposal.average ?? 0, reason: why, setBy: by, setAt: at };
  // Earlier finals stay on the page; the last one of a student is in force.
  return { page: { ...page, finals: [...page.finals, final] }, final };
}

/** The finals in force: the last one set for each student (and kind). */
export function currentFinals(page: Pick<JournalPage, 'finals'>): Final[] {
  return [...new Map(page.finals.map((final) => [`${final.kind ?? 'period'}:${final.studentId}`, final])).values()];
}

