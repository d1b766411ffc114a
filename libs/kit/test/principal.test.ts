import { hasRole, type Principal } from '@ejournal/kit';

const teacher: Principal = { subject: 'acc-1', grants: [{ role: 'subject_teacher', schoolId: 'school-1', classId: '7b', subjectId: 'math' }] };

describe('grants in scope', () => {
  it('matches a role only within the scope asked for', () => {
    expect(hasRole(teacher, 'subject_teacher', { schoolId: 'school-1', classId: '7b' })).toBe(true);
    expect(hasRole(teacher, 'subject_teacher', { classId: '7a' })).toBe(false);
    expect(hasRole(teacher, 'class_teacher')).toBe(false);
  });
});
