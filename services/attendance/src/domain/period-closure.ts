import { FailedPrecondition, InvalidArgument, type Versioned } from '@ejournal/kit';
import { russianDate } from '@ejournal/school-rules';

/**
 * A period of the school year as attendance knows it from curriculum, which closes and reopens it
 * (curriculum.period.closed, curriculum.period.reopened), by the period's id: a lesson names its period.
 */
export interface PeriodClosure extends Versioned {
  /** «1 четверть», «2 триместр», «1 полугодие». */
  name: string;
  /** QUARTERS, TRIMESTERS or HALF_YEARS. */
  scheme: string;
  /** The day it was closed; '' while open (never closed, or reopened). */
  closedOn: string;
  /** The year's version at the last closing or reopening kept: they may come twice, late or out of order. */
  closureVersion: number;
}

/** A period nothing is known of yet: open. */
export const unknownPeriod = (periodId: string): PeriodClosure => ({ _id: periodId, name: '', scheme: '', closedOn: '', closureVersion: 0, version: 0 });

/**
 * A closing (`closedOn` set) or a reopening (`closedOn` '') made at the year's version `yearVersion`:
 * kept only when newer than the last one kept (null: nothing changes), so a redelivered or late event
 * never closes again what was reopened after it, nor reopens what was closed after it.
 */
export function withClosure(current: PeriodClosure, change: { name: string; scheme: string; closedOn: string }, yearVersion: number): PeriodClosure | null {
  if (yearVersion <= current.closureVersion) return null;
  return { ...current, name: change.name, scheme: change.scheme, closedOn: change.closedOn, closureVersion: yearVersion };
}

export const isClosed = (period: PeriodClosure | null | undefined): period is PeriodClosure => Boolean(period?.closedOn);

const CLOSED: Record<string, string> = { QUARTERS: 'закрыта', TRIMESTERS: 'закрыт', HALF_YEARS: 'закрыто' };

/** «1 четверть закрыта 26.10.2026». */
function closedSince(period: PeriodClosure): string {
  return `${period.name || 'учебный период'} ${CLOSED[period.scheme] ?? 'закрыт'} ${russianDate(period.closedOn)}`;
}

/**
 * 003 §1.1: the journal is a legal document; 004 §4.1: once its period is closed, what was entered is
 * changed only through the administrator. So the lesson's teacher records its absences only while
 * its period is open.
 */
export function ensureAttendanceOpen(period: PeriodClosure | null): void {
  if (isClosed(period)) throw new FailedPrecondition(`${closedSince(period)}: пропуски этого периода меняет только администратор, с указанием причины`);
}

export const REASON_LENGTH = 500;

/**
 * Who corrects an absence of a lesson, and the reason its history keeps:
 * - while the lesson's period is open, the class teacher, from a document (000 §9.2, 003 §4.2); their
 *   reason may be left out (the history then names the document);
 * - once it is closed, only the administrator (004 §4.1), and only with a reason (003 §1.1: every
 *   change of the legal document says why), up to 500 characters.
 * `caller` says which of the two rights the caller holds for this lesson's class. Returns the reason
 * ('' when left out).
 */
export function correctionReason(period: PeriodClosure | null, caller: { classTeacher: boolean; administrator: boolean }, reason?: string): string {
  const why = (reason ?? '').replace(/\s+/g, ' ').trim();
  if (why.length > REASON_LENGTH) throw new InvalidArgument(`причина исправления — не длиннее ${REASON_LENGTH} символов`, { reason: `до ${REASON_LENGTH} символов` });
  if (!isClosed(period)) {
    if (!caller.classTeacher) throw new FailedPrecondition('период не закрыт: причину пропуска исправляет классный руководитель по документу');
    return why;
  }
  if (!caller.administrator) throw new FailedPrecondition(`${closedSince(period)}: пропуски этого периода меняет только администратор, с указанием причины`);
  if (!why) throw new InvalidArgument(`${closedSince(period)}: укажите причину исправления — она сохраняется в истории пропуска`, { reason: 'обязательное поле' });
  return why;
}
