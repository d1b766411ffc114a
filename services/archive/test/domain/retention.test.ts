import { dueForRemoval, REGULATION_TERMS, retainUntil, retentionTerms } from '../../src/domain/retention';

// 002 §5, 004 §6: electronic journals are kept 5 years, summary sheets of marks 25 years.

describe('retention of archived records', () => {
  it('keeps a journal page 5 years and a summary sheet 25 from the closing day', () => {
    expect(retainUntil('journal-page', '2027-05-31', REGULATION_TERMS)).toBe('2032-05-31');
    expect(retainUntil('summary-sheet', '2027-05-31', REGULATION_TERMS)).toBe('2052-05-31');
    expect(retainUntil('journal-page', '2028-02-29', REGULATION_TERMS)).toBe('2033-02-28');
  });

  it('takes a longer term from the region, never a shorter one', () => {
    expect(retentionTerms({ 'journal-page': 10, 'attendance-sheet': 10 })).toEqual({ 'journal-page': 10, 'attendance-sheet': 10, 'summary-sheet': 25 });
    expect(retainUntil('attendance-sheet', '2027-05-31', REGULATION_TERMS)).toBe('2032-05-31');
    expect(() => retentionTerms({ 'journal-page': 3 })).toThrow(/at least 5 years/);
    expect(() => retentionTerms({ 'summary-sheet': 24 })).toThrow(/at least 25 years/);
  });

  it('removes a record only after its last day, and never under a legal hold', () => {
    expect(dueForRemoval({ retainUntil: '2032-05-31' }, '2032-05-31')).toBe(false);
    expect(dueForRemoval({ retainUntil: '2032-05-31' }, '2032-06-01')).toBe(true);
    expect(dueForRemoval({ retainUntil: '2032-05-31', legalHold: true }, '2040-01-01')).toBe(false);
  });
});
