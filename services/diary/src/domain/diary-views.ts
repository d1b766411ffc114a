/** One viewer's opening of one pupil's diary in a month, counted (003 §4.2: who opens the diary). */
export interface DiaryView {
  studentKey: string;
  viewer: string;
  role: string;
  count: number;
  lastAt: Date;
}

const same = (a: DiaryView, b: DiaryView) => a.studentKey === b.studentKey && a.viewer === b.viewer;

/** Views counted since the last write added to the stored ones: counts add up, the latest time and role win. */
export function addViews(stored: DiaryView[], counted: DiaryView[]): DiaryView[] {
  const merged = stored.map((view) => ({ ...view }));
  for (const view of counted) {
    const current = merged.find((candidate) => same(candidate, view));
    if (!current) merged.push({ ...view });
    else {
      current.count += view.count;
      if (view.lastAt > current.lastAt) Object.assign(current, { lastAt: view.lastAt, role: view.role });
    }
  }
  return merged;
}
