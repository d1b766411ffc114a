import { familyCoverage } from '../../src/domain/family-coverage';

// The region's monitoring (001 §9, 002 §3.6): of a school's pupils in a class now, how many have a parent
// connected to the diary — an active account holding the child's parent role.
describe('families connected to the diary', () => {
  const pupil = (id: string, classId = 'c1') => ({ _id: id, kind: 'student', classId });
  const parentOf = (childId: string, status = 'active') => ({ status, grants: [{ role: 'parent' as const, schoolId: 's1', childId }] });

  it('counts a pupil once however many parents they have, and not a blocked parent, an interested person or a pupil’s own account', () => {
    const people = [pupil('p1'), pupil('p2'), pupil('p3'), pupil('p4'), { _id: 't1', kind: 'staff', classId: '' }];
    const accounts = [
      parentOf('p1'),
      parentOf('p1'),
      parentOf('p2', 'blocked'),
      { status: 'active', grants: [{ role: 'interested_person' as const, schoolId: 's1', childId: 'p3' }] },
      { status: 'active', grants: [{ role: 'student' as const, schoolId: 's1', personId: 'p4' }] },
    ];
    expect(familyCoverage(people, accounts)).toEqual({ pupils: 4, pupilsWithParents: 1 });
  });

  it('leaves out pupils no longer in a class (gone from the school) and parents of another school’s pupils', () => {
    expect(familyCoverage([pupil('p1'), pupil('gone', '')], [parentOf('gone'), parentOf('elsewhere'), parentOf('p1')])).toEqual({ pupils: 1, pupilsWithParents: 1 });
  });
});
