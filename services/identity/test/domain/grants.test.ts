import { InvalidArgument } from '@ejournal/kit';
import { validateGrant } from '../../src/domain/grants';

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
