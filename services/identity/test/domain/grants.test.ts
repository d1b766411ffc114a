import { InvalidArgument } from '@ejournal/kit';
import { checkGrantBeneficiary, checkGrantScope, derivedGrantsHeld, grantsHeld, grantsOfImportedAccount, opensDiaryOf, redemptionRefusal, validateGrant, withGrant, withoutGrant, withoutInterestedPerson } from '../../src/domain/grants';

describe('grants: a role in a scope', () => {
  it('requires the scope each role works in', () => {
    expect(() => validateGrant({ role: 'class_teacher', schoolId: 's' })).toThrow(/classId/);
    expect(() => validateGrant({ role: 'subject_teacher', schoolId: 's', subjectId: 'math' })).toThrow(/classId/);
    expect(() => validateGrant({ role: 'parent', schoolId: 's' })).toThrow(/childId/);
    expect(validateGrant({ role: 'subject_teacher', schoolId: 's', subjectId: 'math', groupId: 'g1' })).toEqual({ role: 'subject_teacher', schoolId: 's', subjectId: 'math', groupId: 'g1' });
  });

  it('refuses unknown roles and the internal service role', () => {
    expect(() => validateGrant({ role: 'headmaster' as never })).toThrow(InvalidArgument);
    expect(() => validateGrant({ role: 'service' })).toThrow(InvalidArgument);
  });

  it('keeps only the scope fields and upper-cases the class', () => {
    expect(validateGrant({ role: 'class_teacher', schoolId: 's', classId: '7б', childId: '' })).toEqual({ role: 'class_teacher', schoolId: 's', classId: '7Б' });
  });
});

describe('what a grant names belongs to the grant’s school (issue #10, hole 1)', () => {
  const S1 = 's1';
  const student = { kind: 'student', schoolId: S1 };
  const classOfS1 = { schoolId: S1, groupIds: ['g1'] };

  it('accepts a child, class, group and subject of the grant’s school', () => {
    expect(() => checkGrantScope({ role: 'parent', schoolId: S1, childId: 'p1' }, { child: student })).not.toThrow();
    expect(() => checkGrantScope({ role: 'subject_teacher', schoolId: S1, classId: 'c1', groupId: 'g1', subjectId: 'math' }, { schoolClass: classOfS1, groupClass: classOfS1, subjectKnown: true })).not.toThrow();
  });

  it('refuses a child of another school exactly as a child that does not exist', () => {
    const foreign = () => checkGrantScope({ role: 'parent', schoolId: S1, childId: 'p9' }, { child: { kind: 'student', schoolId: 's2' } });
    const missing = () => checkGrantScope({ role: 'parent', schoolId: S1, childId: 'p9' }, { child: null });
    expect(foreign).toThrow(InvalidArgument);
    const message = (attempt: () => void) => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(message(foreign)).toBe(message(missing));
    // A member of staff is not a child.
    expect(() => checkGrantScope({ role: 'parent', schoolId: S1, childId: 't1' }, { child: { kind: 'staff', schoolId: S1 } })).toThrow(/нет такого ученика/);
  });

  it('refuses a class, group or subject of another school, and a group of another class', () => {
    expect(() => checkGrantScope({ role: 'class_teacher', schoolId: S1, classId: 'c9' }, { schoolClass: { schoolId: 's2', groupIds: [] } })).toThrow(/нет такого класса/);
    expect(() => checkGrantScope({ role: 'subject_teacher', schoolId: S1, groupId: 'g9', subjectId: 'math' }, { groupClass: null, subjectKnown: true })).toThrow(/нет такой группы/);
    expect(() => checkGrantScope({ role: 'subject_teacher', schoolId: S1, classId: 'c1', groupId: 'g2', subjectId: 'math' }, { schoolClass: classOfS1, groupClass: { schoolId: S1, groupIds: ['g2'] }, subjectKnown: true })).toThrow(/нет такой группы/);
    expect(() => checkGrantScope({ role: 'subject_teacher', schoolId: S1, classId: 'c1', subjectId: 'own-of-s2' }, { schoolClass: classOfS1, subjectKnown: false })).toThrow(/нет такого предмета/);
  });

  it('never lets anyone give themselves access to a child’s diary', () => {
    const admin = { subject: 'a1', personId: 'pa', grants: [{ role: 'school_admin' as const, schoolId: S1 }] };
    expect(() => checkGrantBeneficiary({ role: 'parent', schoolId: S1, childId: 'p1' }, { _id: 'a1', personId: 'pa' }, admin)).toThrow(/самому себе/);
    expect(() => checkGrantBeneficiary({ role: 'parent', schoolId: S1, childId: 'p1' }, { _id: 'a2', personId: 'pb' }, admin)).not.toThrow();
    expect(() => checkGrantBeneficiary({ role: 'student', schoolId: S1, personId: 'p1' }, { _id: 'a2', personId: 'pb' }, admin)).toThrow(/самого ученика/);
  });
});

describe('who may redeem a code (004 §3.2; issue #10, hole 2)', () => {
  const invitation = { role: 'parent', childId: 'p1', issuedBy: 'teacher-account' };
  const staff = { _id: 'teacher-account', personId: 't1', grants: [{ role: 'class_teacher' as const, schoolId: 's1', classId: 'c1' }] };

  it('never the one who issued it', () => {
    expect(redemptionRefusal(invitation, staff, { kind: 'staff' })).toMatch(/выдавший код/);
  });

  it('a member of staff only after the administrator confirmed they are the child’s parent', () => {
    const colleague = { ...staff, _id: 'colleague' };
    expect(redemptionRefusal(invitation, colleague, { kind: 'staff' })).toMatch(/после подтверждения администратором/);
    expect(redemptionRefusal({ ...invitation, guardianAccountId: 'colleague' }, colleague, { kind: 'staff' })).toBeUndefined();
  });

  it('a parent’s existing account, and a student’s code only by that student', () => {
    expect(redemptionRefusal(invitation, { _id: 'parent', personId: 'r1', grants: [] }, { kind: 'parent' })).toBeUndefined();
    expect(redemptionRefusal({ ...invitation, role: 'student' }, { _id: 'parent', personId: 'r1', grants: [] }, { kind: 'parent' })).toMatch(/сам ученик/);
    expect(redemptionRefusal({ ...invitation, role: 'student' }, { _id: 'pupil', personId: 'p1', grants: [] }, { kind: 'student' })).toBeUndefined();
  });
});

describe('grants the school structure gives (issue #11)', () => {
  const teaching = { role: 'subject_teacher' as const, schoolId: 'A', classId: '5A', subjectId: 'math', source: 'load:Y' };
  const enrolled = { role: 'student' as const, schoolId: 'A', personId: 'P', source: 'enrolment:P' };

  it('holds for the school’s own staff and pupils', () => {
    expect(derivedGrantsHeld({ kind: 'staff', schoolId: 'A' }, [teaching])).toEqual([teaching]);
    expect(derivedGrantsHeld({ kind: 'student', schoolId: 'A' }, [enrolled])).toEqual([enrolled]);
  });

  it('gives nothing to a person of another school, a parent or a pupil named in a timetable (an attack on 152-FZ data through load)', () => {
    expect(derivedGrantsHeld({ kind: 'staff', schoolId: 'B' }, [teaching])).toEqual([]);
    expect(derivedGrantsHeld({ kind: 'parent', schoolId: 'A' }, [teaching])).toEqual([]);
    expect(derivedGrantsHeld({ kind: 'student', schoolId: 'A' }, [teaching])).toEqual([]);
    expect(derivedGrantsHeld({ kind: 'staff', schoolId: 'A' }, [enrolled])).toEqual([]);
    expect(derivedGrantsHeld(null, [teaching])).toEqual([]);
  });

  it('holds an account’s own grants and the derived ones its person may hold, each once (what a token carries)', () => {
    const admin = { role: 'school_admin' as const, schoolId: 'A' };
    expect(grantsHeld([admin, teaching], { kind: 'staff', schoolId: 'A' }, [teaching, enrolled])).toEqual([admin, teaching]);
    expect(grantsHeld([admin], null, [teaching])).toEqual([admin]);
  });
});

describe('roles given and taken by hand (002 §3.3)', () => {
  const teacher = { role: 'subject_teacher' as const, schoolId: 's1', classId: '5А', subjectId: 'math' };
  const parent = { role: 'parent' as const, schoolId: 's1', childId: 'p1' };

  it('adds a role once: giving it again changes nothing', () => {
    expect(withGrant([parent], teacher)).toEqual([parent, teacher]);
    expect(withGrant([parent, teacher], { ...teacher })).toBeNull();
    // An empty scope field is the same as an absent one.
    expect(withGrant([teacher], { ...teacher, groupId: '' })).toBeNull();
  });

  it('takes a held role away, and tells when it was not held', () => {
    expect(withoutGrant([parent, teacher], { ...teacher })).toEqual([parent]);
    expect(withoutGrant([parent], teacher)).toBeNull();
  });
});

describe('the diary of a child (001 §2)', () => {
  const named = { role: 'interested_person' as const, schoolId: 's1', childId: 'p1' };
  const namedForAnother = { role: 'interested_person' as const, schoolId: 's1', childId: 'p2' };
  const parentOfP1 = { role: 'parent' as const, schoolId: 's1', childId: 'p1' };

  it('lets the parent take back the view they gave an interested person, for that child only', () => {
    expect(withoutInterestedPerson([named, namedForAnother, parentOfP1], 'p1')).toEqual([namedForAnother, parentOfP1]);
    expect(withoutInterestedPerson([namedForAnother, parentOfP1], 'p1')).toBeNull();
  });

  it('is opened by the student’s own grant, a parent’s and an interested person’s, not by a teacher’s', () => {
    const opens = opensDiaryOf('p1');
    expect(opens({ role: 'student', schoolId: 's1', personId: 'p1' })).toBe(true);
    expect(opens(parentOfP1)).toBe(true);
    expect(opens(named)).toBe(true);
    expect(opens(namedForAnother)).toBe(false);
    expect(opens({ role: 'student', schoolId: 's1', personId: 'p2' })).toBe(false);
    expect(opens({ role: 'class_teacher', schoolId: 's1', classId: '5А' })).toBe(false);
  });
});

describe('accounts made by a people import (002 §3.3)', () => {
  it('makes a parent whose child is in the file that child’s parent at the school, and gives others no role', () => {
    expect(grantsOfImportedAccount('s1', 'p1')).toEqual([{ role: 'parent', schoolId: 's1', childId: 'p1' }]);
    expect(grantsOfImportedAccount('s1', undefined)).toEqual([]);
  });
});
