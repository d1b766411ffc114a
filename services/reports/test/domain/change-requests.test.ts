import { blankChangeRequest, openRequestCounts, withDecidedRequest, withOpenedRequest, type KeptChangeRequest } from '../../src/domain/change-requests';

// Requests to change a mark after the correction window (004 §4.1) still open, counted for filling control
// (002 §3.6): the decision ends a request whatever order the two events come in.
describe('requests to change marks, as filling control counts them', () => {
  const facts = { schoolId: 'S1', classId: 'c1', groupId: '', subjectId: 'math', teacherId: 't1', date: '2026-09-01' };
  const stored = (request: KeptChangeRequest | null, version = 1) => ({ ...request!, version });

  it('opens a request once, and a decision ends it for good', () => {
    const opened = stored(withOpenedRequest(blankChangeRequest('r1', facts), facts));
    expect(opened.state).toBe('open');
    expect(withOpenedRequest(opened, facts)).toBeNull();
    const decided = stored(withDecidedRequest(opened, facts), 2);
    expect(decided.state).toBe('decided');
    expect(withDecidedRequest(decided, facts)).toBeNull();
    expect(withOpenedRequest(decided, facts)).toBeNull();
  });

  it('keeps a request decided when the decision comes before the opening', () => {
    const decided = stored(withDecidedRequest(blankChangeRequest('r2', facts), facts));
    expect(decided.state).toBe('decided');
    expect(withOpenedRequest(decided, facts)).toBeNull();
  });

  it('counts the open ones per teacher and per page', () => {
    const open = (id: string, over: Partial<typeof facts> = {}) => stored({ ...blankChangeRequest(id, { ...facts, ...over }) });
    const counts = openRequestCounts([open('a'), open('b', { teacherId: 't2' }), open('c', { groupId: 'g1' }), { ...open('d'), state: 'decided' }]);
    expect(Object.fromEntries(counts.byTeacher)).toEqual({ t1: 2, t2: 1 });
    expect(Object.fromEntries(counts.byPage)).toEqual({ 'c1||math': 2, 'c1|g1|math': 1 });
  });
});
