import { blankWeekOpenings, openingsOver, withCountedOpenings } from '../../src/domain/diary-openings';
import { blankSchoolFamilies, withCountedFamilies } from '../../src/domain/school-families';

// Families using the diary (002 §3.6 «процент участия родителей и обучающихся в работе с электронным
// журналом»): the diary tells its cumulative weekly counts; the region's view adds them over an interval.
describe('diary openings in the region’s view', () => {
  it('keeps the newest count of a school’s week, whatever order the counts come in', () => {
    const blank = blankWeekOpenings('S1:2026-11-23', 'S1', '2026-11-23');
    const third = withCountedOpenings(blank, { openings: 12, pupilsOpened: 4 }, 3)!;
    expect(third).toMatchObject({ openings: 12, pupilsOpened: 4, countVersion: 3 });
    // An older count, late, or the same one again: nothing changes.
    expect(withCountedOpenings(third, { openings: 7, pupilsOpened: 3 }, 2)).toBeNull();
    expect(withCountedOpenings(third, { openings: 12, pupilsOpened: 4 }, 3)).toBeNull();
    expect(withCountedOpenings(third, { openings: 15, pupilsOpened: 5 }, 4)).toMatchObject({ openings: 15, pupilsOpened: 5 });
  });

  it('adds a school’s weeks over the interval and says how many per week on average (weeks without openings count)', () => {
    const week = (monday: string, openings: number, pupilsOpened: number) => ({ ...blankWeekOpenings(`S1:${monday}`, 'S1', monday), openings, pupilsOpened, countVersion: 1 });
    expect(openingsOver([week('2026-11-02', 10, 4), week('2026-11-16', 5, 3)], 4)).toEqual({ openings: 15, openingsPerWeek: 3.8, pupilsPerWeek: 1.8 });
    expect(openingsOver([], 4)).toEqual({ openings: 0, openingsPerWeek: 0, pupilsPerWeek: 0 });
    expect(openingsOver([], 0)).toEqual({ openings: 0, openingsPerWeek: 0, pupilsPerWeek: 0 });
  });
});

describe('pupils without a parent connected, in the region’s view', () => {
  it('keeps the newest count of a school, whatever order the counts come in', () => {
    const second = withCountedFamilies(blankSchoolFamilies('S1'), { pupils: 30, pupilsWithParents: 12 }, 2)!;
    expect(second).toMatchObject({ pupils: 30, pupilsWithParents: 12, countVersion: 2 });
    expect(withCountedFamilies(second, { pupils: 30, pupilsWithParents: 11 }, 1)).toBeNull();
    expect(withCountedFamilies(second, { pupils: 30, pupilsWithParents: 12 }, 2)).toBeNull();
    expect(withCountedFamilies(second, { pupils: 31, pupilsWithParents: 13 }, 3)).toMatchObject({ pupils: 31, pupilsWithParents: 13 });
  });
});
