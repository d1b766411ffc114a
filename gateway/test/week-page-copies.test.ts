import type { Principal } from '@ejournal/kit';
import { WeekPageCopies } from '../src/week-page-copies';

// The gateway answers a week page from its copy only as the diary would (001 §2: a parent sees their
// own child; 003 §4.2 counts every opening) and never after a change it has heard of.
const parent = (childId: string, schoolId = 'school-1'): Principal => ({ subject: `account-${childId}`, grants: [{ role: 'parent', schoolId, childId }] });
const keeping = (documents: string[], schoolIds = ['school-1']) => ({ schoolIds, documents, viewClassMonth: 'class-1:2026-09', viewSchoolId: 'school-1', studentKey: 'key-1' });
const page = (text = '{"lessons":[]}') => Buffer.from(text);
const WEEK = '2026-09-07';

describe('the diary week pages a gateway keeps', () => {
  let copies: WeekPageCopies;
  beforeEach(() => {
    copies = new WeekPageCopies(60_000, 1_000);
    copies.hearing(true);
  });

  it('answers the child\'s parent from the copy, and sends anyone else on to the diary (001 §2)', () => {
    copies.keep('pupil-1', WEEK, page(), keeping(['student_weeks:key-1:2026-09-07']), copies.asked());
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)?.body.toString()).toBe('{"lessons":[]}');
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)?.view).toEqual({ classMonth: 'class-1:2026-09', schoolId: 'school-1', studentKey: 'key-1' });
    // Another child's parent, the same child's parent in another school, a teacher: the diary answers them.
    expect(copies.find(parent('pupil-2'), 'pupil-1', WEEK)).toBeUndefined();
    expect(copies.find(parent('pupil-1', 'school-2'), 'pupil-1', WEEK)).toBeUndefined();
    expect(copies.find({ subject: 'teacher', grants: [{ role: 'subject_teacher', schoolId: 'school-1' }] }, 'pupil-1', WEEK)).toBeUndefined();
    // A grant that has ended is not a grant.
    expect(copies.find({ subject: 'p', grants: [{ role: 'parent', schoolId: 'school-1', childId: 'pupil-1', until: '2020-01-01' }] }, 'pupil-1', WEEK)).toBeUndefined();
    // Another week, another pupil: not kept.
    expect(copies.find(parent('pupil-1'), 'pupil-1', '2026-09-14')).toBeUndefined();
  });

  it('drops a page when the diary tells of a change to a document it was built from', () => {
    copies.keep('pupil-1', WEEK, page(), keeping(['student_weeks:key-1:2026-09-07', 'class_weeks:class-1:2026-09-07']), copies.asked());
    copies.keep('pupil-2', WEEK, page(), keeping(['student_weeks:key-2:2026-09-07', 'class_weeks:class-1:2026-09-07']), copies.asked());
    copies.documentsChanged(['student_weeks:key-1:2026-09-07']);
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)).toBeUndefined();
    expect(copies.find(parent('pupil-2'), 'pupil-2', WEEK)).toBeDefined();
    // The class's week is every pupil's.
    copies.documentsChanged(['class_weeks:class-1:2026-09-07']);
    expect(copies.find(parent('pupil-2'), 'pupil-2', WEEK)).toBeUndefined();
    expect(copies.size).toEqual({ pages: 0, bytes: 0 });
  });

  it('does not keep an answer asked for before a change it was built from (the hint came first)', () => {
    const asked = copies.asked();
    copies.documentsChanged(['student_weeks:key-1:2026-09-07']);
    copies.keep('pupil-1', WEEK, page(), keeping(['student_weeks:key-1:2026-09-07']), asked);
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)).toBeUndefined();
    // A change to another document does not matter; asked after the change, it is kept.
    const later = copies.asked();
    copies.documentsChanged(['student_weeks:key-9:2026-09-07']);
    copies.keep('pupil-1', WEEK, page(), keeping(['student_weeks:key-1:2026-09-07']), later);
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)).toBeDefined();
  });

  it('keeps nothing while it cannot hear the diary, and drops what it kept when it hears again', () => {
    copies.keep('pupil-1', WEEK, page(), keeping(['d']), copies.asked());
    const askedBefore = copies.asked();
    copies.hearing(false);
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)).toBeUndefined();
    copies.keep('pupil-1', WEEK, page(), keeping(['d']), copies.asked());
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)).toBeUndefined();
    copies.hearing(true);
    // Asked for before it heard again: hints may have gone by unheard.
    copies.keep('pupil-1', WEEK, page(), keeping(['d']), askedBefore);
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)).toBeUndefined();
    copies.keep('pupil-1', WEEK, page(), keeping(['d']), copies.asked());
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK)).toBeDefined();
  });

  it('answers from a copy for a minute at most, and keeps a bounded number of bytes, the least recently read going first', () => {
    const now = 1_000_000;
    copies.keep('pupil-1', WEEK, page('x'.repeat(60)), keeping(['a']), copies.asked(now), now);
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK, now + 59_999)).toBeDefined();
    expect(copies.find(parent('pupil-1'), 'pupil-1', WEEK, now + 60_000)).toBeUndefined();

    for (const pupil of ['p1', 'p2', 'p3']) copies.keep(pupil, WEEK, page('y'.repeat(60)), keeping([pupil]), copies.asked(now), now);
    expect(copies.find(parent('p1'), 'p1', WEEK, now)).toBeDefined(); // p1 read: p2 is now the least recently read
    for (let n = 4; n <= 17; n++) copies.keep(`p${n}`, WEEK, page('z'.repeat(60)), keeping([`p${n}`]), copies.asked(now), now);
    expect(copies.size.bytes).toBeLessThanOrEqual(1_000);
    expect(copies.find(parent('p2'), 'p2', WEEK, now)).toBeUndefined();
    expect(copies.find(parent('p17'), 'p17', WEEK, now)).toBeDefined();
    // A page larger than a sixteenth of the bound is not kept at all.
    copies.keep('big', WEEK, page('b'.repeat(100)), keeping(['big']), copies.asked(now), now);
    expect(copies.find(parent('big'), 'big', WEEK, now)).toBeUndefined();
  });

  it('keeps nothing for a pupil whose schools the diary did not know', () => {
    copies.keep('pupil-1', WEEK, page(), keeping(['d'], []), copies.asked());
    expect(copies.size.pages).toBe(0);
  });
});
