import { createLogger } from '@ejournal/kit';
import { DiaryViewTally } from '../src/diary-view-tally';

// 003 §4.2: the class teacher sees who opened a pupil's diary — the pages the gateway answered from its
// copy are counted too, as the diary counts its own.
describe('the openings a gateway counts for the diary', () => {
  const logger = createLogger('gateway');
  logger.silent = true;
  const place = { classMonth: 'class-1:2026-09', schoolId: 'school-1', studentKey: 'key-1' };

  it('tells the diary each viewer of each pupil once, with how often and when last', async () => {
    const told: unknown[][] = [];
    const tally = new DiaryViewTally(async (views) => void told.push(views), logger);
    tally.count(place, 'mother', 'parent', new Date('2026-09-08T17:00:00Z'));
    tally.count(place, 'mother', 'parent', new Date('2026-09-08T18:00:00Z'));
    tally.count(place, 'grandma', 'interested_person', new Date('2026-09-08T18:30:00Z'));
    tally.count({ ...place, classMonth: '' }, 'mother', 'parent'); // a week the pupil had no class in: not an opening of a class's diary
    await tally.flush();
    expect(told).toEqual([
      [
        { classMonth: 'class-1:2026-09', studentKey: 'key-1', schoolId: 'school-1', viewer: 'mother', role: 'parent', count: 2, lastAt: '2026-09-08T18:00:00.000Z' },
        { classMonth: 'class-1:2026-09', studentKey: 'key-1', schoolId: 'school-1', viewer: 'grandma', role: 'interested_person', count: 1, lastAt: '2026-09-08T18:30:00.000Z' },
      ],
    ]);
    await tally.flush();
    expect(told).toHaveLength(1);
  });

  it('holds what the diary could not take and tells it with the next', async () => {
    const told: Array<Array<{ count: number }>> = [];
    let down = true;
    const tally = new DiaryViewTally(async (views) => {
      if (down) throw new Error('UNAVAILABLE');
      told.push(views);
    }, logger);
    tally.count(place, 'mother', 'parent');
    await tally.flush();
    tally.count(place, 'mother', 'parent');
    down = false;
    await tally.stop();
    expect(told.map((views) => views.map((view) => view.count))).toEqual([[2]]);
  });
});
