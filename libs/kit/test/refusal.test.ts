import { ACTION_TITLES, NotFound, PermissionDenied, POLICY, refusal, SEEN_THROUGH, type Action, type Principal } from '@ejournal/kit';

// Issue #11: 403 naming the missing right where the caller can see the object, 404 only where they cannot.
const director: Principal = { subject: 'a-director', grants: [{ role: 'director', schoolId: 'S1' }] };
const mathsTeacher: Principal = { subject: 'a-teacher', personId: 'T1', grants: [{ role: 'subject_teacher', schoolId: 'S1', classId: '7Б', subjectId: 'math' }] };
const page = { schoolId: 'S1', classId: '7Б', subjectId: 'math' };

describe('refusals', () => {
  it('tells a director who writes a mark which right is missing: the director reads every journal of the school (002 §3.7)', () => {
    const refused = refusal(director, 'journal.edit', 'урок не найден', page);
    expect(refused).toBeInstanceOf(PermissionDenied);
    expect(refused.message).toBe('нет права «ведение журнала своих уроков»');
    expect(refused.violations).toEqual({ permission: 'journal.edit' });
  });

  it('tells a subject teacher who corrects an absence in their own class the same; in a class they do not teach, nothing is there', () => {
    expect(refusal(mathsTeacher, 'absence.correct', 'урок не найден', page)).toBeInstanceOf(PermissionDenied);
    expect(refusal(mathsTeacher, 'absence.correct', 'урок не найден', { ...page, classId: '7А' })).toBeInstanceOf(NotFound);
  });

  it('answers another school exactly as a missing object', () => {
    const refused = refusal(director, 'journal.edit', 'урок не найден', { ...page, schoolId: 'S2' });
    expect(refused).toBeInstanceOf(NotFound);
    expect(refused.message).toBe('урок не найден');
  });

  it('names every action in Russian, and sees each change through a right that reads', () => {
    for (const action of Object.keys(POLICY) as Action[]) expect(ACTION_TITLES[action]).toMatch(/[А-Яа-яЁё]/);
    for (const [action, seeing] of Object.entries(SEEN_THROUGH)) expect([action, seeing!.endsWith('.read') || seeing === 'people.list']).toEqual([action, true]);
  });
});
