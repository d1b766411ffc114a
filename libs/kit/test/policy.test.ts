import { authorize, POLICY, ROLES, type Action, type Principal, type Resource, type Role, type Scope } from '@ejournal/kit';

// The place every cell is checked in: school S1, class 7Б, mathematics, student P1, lesson taught by T1.
const HERE: Resource = { schoolId: 'S1', classId: '7Б', subjectId: 'math', studentId: 'P1', teacherId: 'T1' };

/** The caller whose grant for `role` covers HERE in the narrowest way the scope allows. */
function callerInScope(role: Role, scope: Scope): Principal {
  const grant = { role, schoolId: 'S1' } as Principal['grants'][number];
  if (scope === 'class' || scope === 'subject') grant.classId = '7Б';
  if (scope === 'subject') grant.subjectId = 'math';
  if (scope === 'child') grant.childId = 'P1';
  if (scope === 'self') grant.personId = 'P1';
  if (role === 'region_operator') delete grant.schoolId;
  return { subject: `account-${role}`, personId: scope === 'own-lesson' ? 'T1' : `person-${role}`, grants: [grant] };
}

/** A resource just outside that grant's scope. */
function outOfScope(scope: Scope): Resource {
  switch (scope) {
    case 'school':
      return { ...HERE, schoolId: 'S2' };
    case 'class':
      return { ...HERE, classId: '7А' };
    case 'subject':
      return { ...HERE, subjectId: 'physics' };
    case 'own-lesson':
      return { ...HERE, teacherId: 'T2' };
    case 'child':
    case 'self':
      return { ...HERE, studentId: 'P2' };
    case 'region':
      return HERE;
    default:
      return HERE;
  }
}

const policyRoles = ROLES.filter((role): role is Exclude<Role, 'service'> => role !== 'service');
const cells = (Object.keys(POLICY) as Action[]).flatMap((action) => policyRoles.map((role) => [action, role, POLICY[action][role]] as const));

describe('the policy matrix: every action × every role, in scope and out of scope', () => {
  it.each(cells)('%s by %s (%s)', (action, role, scope) => {
    const caller = callerInScope(role, scope === 'deny' ? 'class' : scope);
    if (scope === 'deny') {
      expect(authorize(caller, action, HERE)).toBe(false);
      return;
    }
    expect(authorize(caller, action, HERE)).toBe(true);
    if (scope !== 'region') expect(authorize(caller, action, outOfScope(scope))).toBe(false);
  });

  it('decides every action for every role', () => {
    for (const action of Object.keys(POLICY) as Action[]) expect(Object.keys(POLICY[action]).sort()).toEqual([...policyRoles].sort());
  });
});

describe('rights the regulations name', () => {
  const director: Principal = { subject: 'd', personId: 'D1', grants: [{ role: 'director', schoolId: 'S1' }] };
  const classTeacher: Principal = { subject: 'c', personId: 'C1', grants: [{ role: 'class_teacher', schoolId: 'S1', classId: '7Б' }] };
  const teacher: Principal = { subject: 't', personId: 'T1', grants: [{ role: 'subject_teacher', schoolId: 'S1', classId: '7Б', subjectId: 'math' }] };
  const parent: Principal = { subject: 'p', personId: 'R1', grants: [{ role: 'parent', schoolId: 'S1', childId: 'P1' }] };

  it('lets the director read every journal of the school but edit none (002 §3.7)', () => {
    expect(authorize(director, 'journal.read', { ...HERE, classId: '11А', subjectId: 'history' })).toBe(true);
    expect(authorize(director, 'journal.edit', { ...HERE, teacherId: 'D1' })).toBe(false);
  });

  it('lets the class teacher read all pages of the class without editing them (002 §3.4)', () => {
    expect(authorize(classTeacher, 'journal.read', { ...HERE, subjectId: 'chemistry' })).toBe(true);
    expect(authorize(classTeacher, 'journal.edit', HERE)).toBe(false);
    expect(authorize(classTeacher, 'absence.correct', HERE)).toBe(true);
  });

  it('lets a teacher edit only their own lessons, including one they substitute (002 §3.5, 000 §9.1)', () => {
    expect(authorize(teacher, 'journal.edit', HERE)).toBe(true);
    expect(authorize(teacher, 'journal.edit', { ...HERE, teacherId: 'T9' })).toBe(false);
    expect(authorize(teacher, 'journal.edit', { ...HERE, classId: '9В', subjectId: 'physics', teacherId: 'T1' })).toBe(true);
    expect(authorize(teacher, 'journal.edit', { ...HERE, schoolId: 'S2', teacherId: 'T1' })).toBe(false);
  });

  it('shows a parent only their own child, in the child’s school (002 §3.8, 004 §4.3)', () => {
    expect(authorize(parent, 'diary.read', { schoolId: 'S1', studentId: 'P1' })).toBe(true);
    expect(authorize(parent, 'diary.read', { schoolId: 'S1', studentId: 'P2' })).toBe(false);
    // A grant that names a child of another school covers nothing there.
    expect(authorize(parent, 'diary.read', { schoolId: 'S2', studentId: 'P1' })).toBe(false);
    expect(authorize(parent, 'diary.read', { studentId: 'P1' })).toBe(false);
  });

  it('compares schools for a student’s own data too', () => {
    const student: Principal = { subject: 's', personId: 'P1', grants: [{ role: 'student', schoolId: 'S1', personId: 'P1' }] };
    expect(authorize(student, 'diary.read', { schoolId: 'S1', studentId: 'P1' })).toBe(true);
    expect(authorize(student, 'diary.read', { schoolId: 'S2', studentId: 'P1' })).toBe(false);
  });
});
