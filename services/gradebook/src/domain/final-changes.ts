import { randomUUID } from 'node:crypto';
import { FailedPrecondition, InvalidArgument, NotFound } from '@ejournal/kit';
import type { Final } from './journal-page';
import { currentFinals } from './period-finals';
import type { JournalRules } from './rules';

export type FinalKind = 'period' | 'year' | 'exam';

/** A teacher's request to change a final after its period (or year) was closed; the administrator decides. */
export interface FinalChangeRequest {
  id: string;
  kind: FinalKind;
  studentId: string;
  value: number;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  status: 'pending' | 'approved' | 'rejected';
  decidedBy: string;
  decisionNote: string;
  decidedAt: Date | null;
}

/** Where finals are kept: a period's page, or a year's (year and exam finals). */
export interface FinalsHolder {
  finals: Final[];
  finalRequests?: FinalChangeRequest[];
}

const KINDS: FinalKind[] = ['period', 'year', 'exam'];

/**
 * Before the period closes the subject teacher sets a final directly; after it, only through a request
 * (the same rule as for marks, 004 §4.1: a change after the fact needs the administrator).
 */
export function ensureFinalsOpen(closed: boolean, kind: FinalKind): void {
  if (!closed) return;
  const what = kind === 'period' ? 'период закрыт' : 'все периоды учебного года закрыты';
  throw new FailedPrecondition(`${what}: итоговую отметку можно изменить только через запрос администратору (final-change-requests)`);
}

/** A request to change a closed final: a reason, a value on the scale, one pending request per student and kind. */
export function requestFinalChange(
  holder: FinalsHolder,
  input: { kind: string; studentId: string; value: number; reason: string },
  students: string[],
  closed: boolean,
  rules: Pick<JournalRules, 'lowestMark' | 'highestMark'>,
  by: string,
  at: Date,
): { holder: FinalsHolder; request: FinalChangeRequest } {
  const kind = input.kind as FinalKind;
  if (!KINDS.includes(kind)) throw new InvalidArgument('вид итоговой отметки: period, year или exam', { kind: 'period, year или exam' });
  if (!closed) throw new FailedPrecondition('период ещё не закрыт: итоговую отметку учитель ставит сам, без запроса');
  if (!students.includes(input.studentId)) throw new InvalidArgument('ученика нет на этой странице журнала', { studentId: 'ученик страницы' });
  if (!(Number.isInteger(input.value) && input.value >= rules.lowestMark && input.value <= rules.highestMark)) {
    throw new InvalidArgument(`итоговая отметка вне шкалы (${rules.lowestMark}–${rules.highestMark})`, { value: 'отметка' });
  }
  const reason = (input.reason ?? '').replace(/\s+/g, ' ').trim();
  if (!reason || reason.length > 500) throw new InvalidArgument('укажите причину изменения итоговой отметки (до 500 символов)', { reason: 'обязательное поле' });
  const requests = holder.finalRequests ?? [];
  if (requests.some((request) => request.status === 'pending' && request.studentId === input.studentId && request.kind === kind)) {
    throw new FailedPrecondition('по этой итоговой отметке уже есть запрос на изменение');
  }
  const request: FinalChangeRequest = { id: randomUUID(), kind, studentId: input.studentId, value: input.value, reason, requestedBy: by, requestedAt: at, status: 'pending', decidedBy: '', decisionNote: '', decidedAt: null };
  return { holder: { ...holder, finalRequests: [...requests, request] }, request };
}

/** The administrator decides; an approved change becomes the final in force, attributed to the teacher's request. */
export function decideFinalChange(holder: FinalsHolder, requestId: string, approve: boolean, note: string, by: string, at: Date): { holder: FinalsHolder; request: FinalChangeRequest; final?: Final } {
  const requests = holder.finalRequests ?? [];
  const request = requests.find((candidate) => candidate.id === requestId);
  if (!request) throw new NotFound('запрос на изменение итоговой отметки не найден');
  if (request.status !== 'pending') throw new FailedPrecondition('запрос уже рассмотрен');
  const decided: FinalChangeRequest = { ...request, status: approve ? 'approved' : 'rejected', decidedBy: by, decisionNote: (note ?? '').trim().slice(0, 500), decidedAt: at };
  const next = { ...holder, finalRequests: requests.map((candidate) => (candidate.id === requestId ? decided : candidate)) };
  if (!approve) return { holder: next, request: decided };
  const before = currentFinals(holder).find((final) => final.studentId === request.studentId && (final.kind ?? 'period') === request.kind);
  const final: Final = {
    kind: request.kind,
    studentId: request.studentId,
    value: request.value,
    proposed: before?.proposed ?? 0,
    average: before?.average ?? 0,
    reason: `${request.reason} (изменение одобрено администратором)`,
    setBy: request.requestedBy,
    setAt: at,
  };
  return { holder: { ...next, finals: [...holder.finals, final] }, request: decided, final };
}
