import { randomUUID } from 'node:crypto';
import { FailedPrecondition, InvalidArgument, NotFound } from '@ejournal/kit';
import { lessonOf, type ChangeRequest, type JournalPage, type Mark, type MarkRevision } from './journal-page';
import { checkedMark } from './marks';
import type { JournalRules } from './rules';
import { boundedText as text } from './text';

/** In a closed period the correction window is over for everyone: every change is a request (004 §4.1). */
export function correctionRules(rules: JournalRules, periodClosed: boolean): JournalRules {
  return periodClosed ? { ...rules, markCorrectionMinutes: -1 } : rules;
}

export interface MarkCorrection {
  values: number[];
  passFail?: string;
  workKind: string;
  comment?: string;
  remove: boolean;
  reason?: string;
}

function revised(mark: Mark, correction: MarkCorrection, rules: JournalRules, by: string, at: Date, reason: string): Mark {
  const before: MarkRevision = { values: mark.values, passFail: mark.passFail, workKind: mark.workKind, comment: mark.comment, changedBy: by, changedAt: at, reason, removed: correction.remove };
  if (correction.remove) return { ...mark, removed: true, revision: mark.revision + 1, history: [...mark.history, before] };
  const { kind, passFail, comment } = checkedMark({ studentId: mark.studentId, values: correction.values, passFail: correction.passFail, workKind: correction.workKind || mark.workKind, comment: correction.comment }, rules);
  return { ...mark, values: passFail ? [] : correction.values, passFail, workKind: kind.code, weight: kind.weight, comment, revision: mark.revision + 1, history: [...mark.history, before] };
}

/**
 * A teacher corrects their own mark within the school's window (settings.markCorrectionMinutes); after
 * it, a change or removal is a request the administrator decides (004 §4.1). Either way the previous
 * value, who, when and why are kept.
 */
export function correctMark(page: JournalPage, lessonId: string, markId: string, correction: MarkCorrection, rules: JournalRules, by: string, at: Date): { page: JournalPage; mark?: Mark; request?: ChangeRequest } {
  lessonOf(page, lessonId);
  const mark = page.marks.find((candidate) => candidate.id === markId && candidate.lessonId === lessonId);
  if (!mark || mark.removed) throw new NotFound('отметка не найдена');
  const reason = text(correction.reason, 'reason', 500);
  if (!reason) throw new InvalidArgument('укажите причину исправления', { reason: 'обязательное поле' });
  const withinWindow = mark.setBy === by && at.getTime() - new Date(mark.setAt).getTime() <= rules.markCorrectionMinutes * 60_000;
  if (withinWindow) {
    const next = revised(mark, correction, rules, by, at, reason);
    return { page: { ...page, marks: page.marks.map((candidate) => (candidate.id === markId ? next : candidate)) }, mark: next };
  }
  if (page.changeRequests.some((request) => request.markId === markId && request.status === 'pending')) throw new FailedPrecondition('по этой отметке уже есть запрос на изменение');
  if (!correction.remove) checkedMark({ studentId: mark.studentId, values: correction.values, passFail: correction.passFail, workKind: correction.workKind || mark.workKind }, rules);
  const request: ChangeRequest = {
    id: randomUUID(),
    markId,
    lessonId,
    studentId: mark.studentId,
    values: correction.values,
    passFail: correction.passFail ?? '',
    workKind: correction.workKind || mark.workKind,
    comment: correction.comment ?? '',
    removal: correction.remove,
    reason,
    requestedBy: by,
    requestedAt: at,
    status: 'pending',
    decidedBy: '',
    decisionNote: '',
  };
  return { page: { ...page, changeRequests: [...page.changeRequests, request] }, request };
}

/** The administrator approves (the mark changes, attributed to the teacher's request) or rejects. */
export function decideChangeRequest(page: JournalPage, requestId: string, approve: boolean, note: string, rules: JournalRules, by: string, at: Date): { page: JournalPage; request: ChangeRequest; mark?: Mark } {
  const request = page.changeRequests.find((candidate) => candidate.id === requestId);
  if (!request) throw new NotFound('запрос на изменение не найден');
  if (request.status !== 'pending') throw new FailedPrecondition('запрос уже рассмотрен');
  const decided: ChangeRequest = { ...request, status: approve ? 'approved' : 'rejected', decidedBy: by, decisionNote: text(note, 'note', 500) };
  let next = { ...page, changeRequests: page.changeRequests.map((candidate) => (candidate.id === requestId ? decided : candidate)) };
  if (!approve) return { page: next, request: decided };
  const mark = page.marks.find((candidate) => candidate.id === request.markId)!;
  const changed = revised(mark, { values: request.values, passFail: request.passFail, workKind: request.workKind, comment: request.comment, remove: request.removal }, rules, request.requestedBy, at, `${request.reason} (одобрено: ${by})`);
  next = { ...next, marks: next.marks.map((candidate) => (candidate.id === mark.id ? changed : candidate)) };
  return { page: next, request: decided, mark: changed };
}

