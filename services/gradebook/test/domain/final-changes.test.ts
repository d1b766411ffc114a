import { FailedPrecondition } from '@ejournal/kit';
import { decideFinalChange, ensureFinalsOpen, requestFinalChange, type FinalsHolder } from '../../src/domain/final-changes';
import { currentFinals } from '../../src/domain/period-finals';

const rules = { lowestMark: 2, highestMark: 5 };
const at = new Date('2026-11-02T10:00:00Z');
const page: FinalsHolder = { finals: [{ kind: 'period', studentId: 'p1', value: 3, proposed: 3, average: 3.2, reason: '', setBy: 'teacher', setAt: at }] };

describe('finals after the period is closed (issue #10, hole 8; 004 §4.1)', () => {
  it('are set directly only while the period is open', () => {
    expect(() => ensureFinalsOpen(false, 'period')).not.toThrow();
    expect(() => ensureFinalsOpen(true, 'period')).toThrow(FailedPrecondition);
    expect(() => ensureFinalsOpen(true, 'year')).toThrow(/учебного года закрыты/);
  });

  it('change through a request with a reason, one pending at a time, decided by the administrator', () => {
    expect(() => requestFinalChange(page, { kind: 'period', studentId: 'p1', value: 4, reason: 'пересдача' }, ['p1'], false, rules, 'teacher', at)).toThrow(/не закрыт/);
    expect(() => requestFinalChange(page, { kind: 'period', studentId: 'p1', value: 4, reason: ' ' }, ['p1'], true, rules, 'teacher', at)).toThrow(/причину/);
    expect(() => requestFinalChange(page, { kind: 'period', studentId: 'p9', value: 4, reason: 'пересдача' }, ['p1'], true, rules, 'teacher', at)).toThrow(/нет на этой странице/);
    const { holder, request } = requestFinalChange(page, { kind: 'period', studentId: 'p1', value: 4, reason: 'пересдача' }, ['p1'], true, rules, 'teacher', at);
    expect(() => requestFinalChange(holder, { kind: 'period', studentId: 'p1', value: 5, reason: 'ещё раз' }, ['p1'], true, rules, 'teacher', at)).toThrow(/уже есть запрос/);
    // Nothing changes until the decision; the final in force is still 3.
    expect(currentFinals(holder).find((final) => final.studentId === 'p1')?.value).toBe(3);

    const approved = decideFinalChange(holder, request.id, true, 'справка о пересдаче', 'admin', at);
    expect(approved.request).toMatchObject({ status: 'approved', decidedBy: 'admin' });
    expect(currentFinals(approved.holder).find((final) => final.studentId === 'p1')).toMatchObject({ value: 4, setBy: 'teacher' });
    // History is kept: the earlier final stays on the page.
    expect(approved.holder.finals.map((final) => final.value)).toEqual([3, 4]);
    expect(() => decideFinalChange(approved.holder, request.id, false, '', 'admin', at)).toThrow(/уже рассмотрен/);
  });

  it('a rejected request leaves the final as it was', () => {
    const { holder, request } = requestFinalChange(page, { kind: 'period', studentId: 'p1', value: 5, reason: 'по просьбе' }, ['p1'], true, rules, 'teacher', at);
    const rejected = decideFinalChange(holder, request.id, false, 'оснований нет', 'admin', at);
    expect(rejected.final).toBeUndefined();
    expect(currentFinals(rejected.holder).find((final) => final.studentId === 'p1')?.value).toBe(3);
  });
});
