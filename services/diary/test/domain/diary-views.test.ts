import { addViews } from '../../src/domain/diary-views';

// 003 §4.2: the class teacher sees who opened each pupil's diary and how often.
describe('diary views, counted', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 18, minute));

  it('adds counts of the same viewer of the same pupil, keeping the latest time and role', () => {
    const stored = [{ studentKey: 'k1', viewer: 'mama', role: 'parent', count: 3, lastAt: at(1) }];
    expect(addViews(stored, [{ studentKey: 'k1', viewer: 'mama', role: 'parent', count: 2, lastAt: at(5) }])).toEqual([{ studentKey: 'k1', viewer: 'mama', role: 'parent', count: 5, lastAt: at(5) }]);
    expect(stored[0].count).toBe(3);
  });

  it('keeps viewers and pupils apart', () => {
    const merged = addViews([{ studentKey: 'k1', viewer: 'mama', role: 'parent', count: 1, lastAt: at(1) }], [
      { studentKey: 'k2', viewer: 'mama', role: 'parent', count: 1, lastAt: at(2) },
      { studentKey: 'k1', viewer: 'papa', role: 'parent', count: 4, lastAt: at(3) },
    ]);
    expect(merged.map((view) => [view.studentKey, view.viewer, view.count])).toEqual([['k1', 'mama', 1], ['k2', 'mama', 1], ['k1', 'papa', 4]]);
  });
});
