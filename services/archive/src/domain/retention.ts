import type { RecordKind } from './closed-records';

/**
 * How long each kind of record is kept (002 §5, 004 §6): electronic journals 5 years (a page and the
 * class's attendance sheet are the journal), summary sheets of marks 25 years — counted from the day the period closed. Configurable per kind (a region may
 * keep longer); never shorter than the regulation.
 */
export interface RetentionTerms {
  'journal-page': number;
  'attendance-sheet': number;
  'summary-sheet': number;
}

export const REGULATION_TERMS: RetentionTerms = { 'journal-page': 5, 'attendance-sheet': 5, 'summary-sheet': 25 };

export function retentionTerms(configured: Partial<RetentionTerms>): RetentionTerms {
  const terms = { ...REGULATION_TERMS, ...configured };
  for (const kind of Object.keys(REGULATION_TERMS) as RecordKind[]) {
    if (!Number.isInteger(terms[kind]) || terms[kind] < REGULATION_TERMS[kind]) throw new Error(`the archive keeps a ${kind} at least ${REGULATION_TERMS[kind]} years (002 §5), not ${terms[kind]}`);
  }
  return terms;
}

/** The last day a record is kept: its period's closing day plus the term in years (29 February → 28 February). */
export function retainUntil(kind: RecordKind, closedOn: string, terms: RetentionTerms): string {
  const [year, month, day] = closedOn.split('-').map(Number);
  const until = new Date(Date.UTC(year + terms[kind], month - 1, day));
  if (until.getUTCMonth() !== month - 1) until.setUTCDate(0);
  return until.toISOString().slice(0, 10);
}

/** A record is removed only after its last day, and never while a legal hold is on it. */
export function dueForRemoval(record: { retainUntil: string; legalHold?: boolean }, today: string): boolean {
  return !record.legalHold && record.retainUntil < today;
}
