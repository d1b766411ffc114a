import type { Grant, Principal } from '@ejournal/kit';
import { administrationOf, correspondentsOf, severalFamilies, describe as describeMember, familyOf, fullName, pupilsOf, type Member, type SchoolDirectory } from '../../src/domain/correspondence';

// 002 §2.2, 004 §2.10: messages between teachers, administration, parents and students;
// 002 §3.8, 004 §4.3: a parent corresponds with the teachers and the administration about their own child;
// 003 §3.6: a student corresponds too; 001 §2: an interested person only views the diary.

const S = 'S';
const C5 = 'C5A';
const C6 = 'C6B';

const person = (personId: string, kind: string, name: string, grants: Grant[], classId = ''): Member => {
  const [lastName, firstName, middleName = ''] = name.split(' ');
  return { personId, kind, lastName, firstName, middleName, classId, grants };
};

// Surnames in alphabetical order, so that the expected lists read in the order the domain sorts them.
const members: Member[] = [
  person('DIR', 'staff', 'Абрамов Андрей Андреевич', [{ role: 'director', schoolId: S }]),
  person('DEP', 'staff', 'Борисова Вера Петровна', [{ role: 'deputy_director', schoolId: S }]),
  person('ADM', 'staff', 'Васильев Глеб Олегович', [{ role: 'school_admin', schoolId: S }]),
  person('CT5', 'staff', 'Григорьева Дарья Ивановна', [{ role: 'class_teacher', schoolId: S, classId: C5 }, { role: 'subject_teacher', schoolId: S, classId: C5, subjectId: 'rus' }]),
  person('MATH5', 'staff', 'Дмитриев Егор Саввич', [{ role: 'subject_teacher', schoolId: S, classId: C5, subjectId: 'math' }]),
  person('T6', 'staff', 'Жукова Зоя Ильинична', [{ role: 'class_teacher', schoolId: S, classId: C6 }, { role: 'subject_teacher', schoolId: S, classId: C6, subjectId: 'math' }]),
  person('STU5', 'student', 'Иванов Пётр Сергеевич', [{ role: 'student', schoolId: S, personId: 'STU5' }], C5),
  person('STU5B', 'student', 'Козлова Анна Игоревна', [{ role: 'student', schoolId: S, personId: 'STU5B' }], C5),
  person('STU6', 'student', 'Лебедев Максим Олегович', [{ role: 'student', schoolId: S, personId: 'STU6' }], C6),
  person('PAR5', 'parent', 'Никитина Ольга Павловна', [{ role: 'parent', schoolId: S, childId: 'STU5' }]),
  person('PAR5B', 'parent', 'Орлов Павел Романович', [{ role: 'parent', schoolId: S, childId: 'STU5B' }]),
  person('PAR6', 'parent', 'Петрова Раиса Семёновна', [{ role: 'parent', schoolId: S, childId: 'STU6' }]),
  person('IP', 'parent', 'Романов Сергей Тимурович', [{ role: 'interested_person', schoolId: S, childId: 'STU5' }]),
];

const directory = (classNames: Array<[string, string]> = [[C5, '5А'], [C6, '6Б']], people = members): SchoolDirectory => ({
  schoolId: S,
  members: new Map(people.map((member) => [member.personId, member])),
  classNames: new Map(classNames),
});

/** The caller as their token presents them: their grants (of any school) and person. */
const caller = (personId: string, grants?: Grant[]): Principal => ({ subject: `account-${personId}`, personId, grants: grants ?? members.find((member) => member.personId === personId)!.grants });
const ids = (principal: Principal, of = directory()) => correspondentsOf(principal, of).map((entry) => entry.personId);
const relations = (principal: Principal, of = directory()) => Object.fromEntries(correspondentsOf(principal, of).map((entry) => [entry.personId, entry.relation]));

describe('whom a parent may write to (002 §3.8, 004 §4.3)', () => {
  it('writes to the teachers and the class teacher of their child’s class and to the administration, in alphabetical order', () => {
    expect(ids(caller('PAR5'))).toEqual(['DIR', 'DEP', 'ADM', 'CT5', 'MATH5']);
  });

  it('does not write to a teacher of another class, to other parents, to pupils or to interested persons', () => {
    const allowed = ids(caller('PAR5'));
    for (const stranger of ['T6', 'PAR5B', 'PAR6', 'STU5', 'STU5B', 'STU6', 'IP']) expect(allowed).not.toContain(stranger);
  });

  it('names each correspondent with who they are to the family', () => {
    expect(correspondentsOf(caller('PAR5'), directory())).toEqual([
      { personId: 'DIR', name: 'Абрамов Андрей Андреевич', relation: 'директор' },
      { personId: 'DEP', name: 'Борисова Вера Петровна', relation: 'заместитель директора' },
      { personId: 'ADM', name: 'Васильев Глеб Олегович', relation: 'администрация школы' },
      { personId: 'CT5', name: 'Григорьева Дарья Ивановна', relation: 'классный руководитель 5А' },
      { personId: 'MATH5', name: 'Дмитриев Егор Саввич', relation: 'учитель' },
    ]);
  });

  it('says only «классный руководитель» when the class’s name is not known', () => {
    expect(relations(caller('PAR5'), directory([]))).toMatchObject({ CT5: 'классный руководитель' });
  });

  it('with children in two classes writes to the teachers of both', () => {
    const both = caller('PAR5', [{ role: 'parent', schoolId: S, childId: 'STU5' }, { role: 'parent', schoolId: S, childId: 'STU6' }]);
    expect(ids(both)).toEqual(['DIR', 'DEP', 'ADM', 'CT5', 'MATH5', 'T6']);
    expect(relations(both)).toMatchObject({ CT5: 'классный руководитель 5А', T6: 'классный руководитель 6Б' });
  });

  it('reaches only the administration when their child is not in the school’s directory', () => {
    expect(ids(caller('X', [{ role: 'parent', schoolId: S, childId: 'NOBODY' }]))).toEqual(['DIR', 'DEP', 'ADM']);
  });
});

describe('whom a student may write to (003 §3.6)', () => {
  it('writes to the teachers and the class teacher of their class only', () => {
    expect(correspondentsOf(caller('STU5'), directory())).toEqual([
      { personId: 'CT5', name: 'Григорьева Дарья Ивановна', relation: 'классный руководитель 5А' },
      { personId: 'MATH5', name: 'Дмитриев Егор Саввич', relation: 'учитель' },
    ]);
  });

  it('does not write to the administration, to other students, to parents or to another class’s teacher', () => {
    const allowed = ids(caller('STU5'));
    for (const stranger of ['DIR', 'DEP', 'ADM', 'STU5B', 'STU6', 'PAR5', 'PAR5B', 'T6']) expect(allowed).not.toContain(stranger);
  });

  it('writes to a member of the administration who teaches their class', () => {
    const teachingDirector = person('DIR', 'staff', 'Абрамов Андрей Андреевич', [{ role: 'director', schoolId: S }, { role: 'subject_teacher', schoolId: S, classId: C5, subjectId: 'hist' }]);
    const of = directory(undefined, [teachingDirector, ...members.filter((member) => member.personId !== 'DIR')]);
    expect(ids(caller('STU5'), of)).toEqual(['DIR', 'CT5', 'MATH5']);
  });

  it('reaches nobody when the directory does not know their class', () => {
    expect(ids(caller('GHOST', [{ role: 'student', schoolId: S, personId: 'GHOST' }]))).toEqual([]);
  });
});

describe('whom a teacher may write to', () => {
  it('writes to the pupils and parents of the classes they teach and to all colleagues', () => {
    expect(ids(caller('MATH5'))).toEqual(['DIR', 'DEP', 'ADM', 'CT5', 'T6', 'STU5', 'STU5B', 'PAR5', 'PAR5B']);
  });

  it('does not write to the families of other classes nor to interested persons', () => {
    const allowed = ids(caller('MATH5'));
    for (const stranger of ['STU6', 'PAR6', 'IP']) expect(allowed).not.toContain(stranger);
    expect(ids(caller('T6'))).toEqual(['DIR', 'DEP', 'ADM', 'CT5', 'MATH5', 'STU6', 'PAR6']);
  });

  it('names colleagues, the administration, pupils and parents', () => {
    expect(relations(caller('MATH5'))).toEqual({
      DIR: 'директор',
      DEP: 'заместитель директора',
      ADM: 'администрация школы',
      CT5: 'коллега',
      T6: 'коллега',
      STU5: 'ученик 5А',
      STU5B: 'ученик 5А',
      PAR5: 'родитель: Иванов Пётр',
      PAR5B: 'родитель: Козлова Анна',
    });
  });

  it('as a class teacher writes to the families of the class they keep', () => {
    expect(ids(caller('CT5'))).toEqual(['DIR', 'DEP', 'ADM', 'MATH5', 'T6', 'STU5', 'STU5B', 'PAR5', 'PAR5B']);
  });

  it('with a grant that names no class (a group only) writes to colleagues only', () => {
    expect(ids(caller('G', [{ role: 'subject_teacher', schoolId: S, groupId: 'G1', subjectId: 'eng' }]))).toEqual(['DIR', 'DEP', 'ADM', 'CT5', 'MATH5', 'T6']);
  });
});

describe('whom the administration may write to', () => {
  it.each(['DIR', 'DEP', 'ADM'])('%s writes to everyone of the school but themself (and an interested person, who only reads the diary)', (personId) => {
    const everyone = ['DIR', 'DEP', 'ADM', 'CT5', 'MATH5', 'T6', 'STU5', 'STU5B', 'STU6', 'PAR5', 'PAR5B', 'PAR6'];
    expect(ids(caller(personId))).toEqual(everyone.filter((id) => id !== personId));
  });
});

describe('what a thread lets its participants see of each other', () => {
  it('one family per thread: parents of one child together, not two families (they would see each other)', () => {
    const withFather = directory(undefined, [...members, person('PAR5F', 'parent', 'Иванов Сергей Петрович', [{ role: 'parent', schoolId: S, childId: 'STU5' }])]);
    expect(severalFamilies(['PAR5', 'PAR5F', 'STU5', 'CT5'], withFather)).toBe(false);
    expect(severalFamilies(['PAR5', 'PAR5B'], directory())).toBe(true);
    expect(severalFamilies(['STU5', 'STU5B'], directory())).toBe(true);
    expect(severalFamilies(['PAR5', 'MATH5', 'CT5'], directory())).toBe(false);
  });

  it('a teacher sees of a parent only the children in the classes they teach', () => {
    const twoChildren = directory(undefined, members.map((member) => (member.personId === 'PAR5' ? { ...member, grants: [...member.grants, { role: 'parent' as const, schoolId: S, childId: 'STU6' }] } : member)));
    expect(relations(caller('MATH5'), twoChildren).PAR5).toBe('родитель: Иванов Пётр');
    expect(relations(caller('ADM'), twoChildren).PAR5).toBe('родитель: Иванов Пётр, Лебедев Максим');
  });

  it('a teacher of another school who is a parent here is a parent here, not a colleague', () => {
    const both = directory(undefined, [...members, person('T9', 'staff', 'Смирнова Елена Юрьевна', [{ role: 'parent', schoolId: S, childId: 'STU6' }])]);
    expect(ids(caller('MATH5'), both)).not.toContain('T9');
    expect(relations(caller('T6'), both).T9).toBe('родитель: Лебедев Максим');
  });
});

describe('who may write to nobody', () => {
  it('an interested person only reads the diary (001 §2)', () => {
    expect(correspondentsOf(caller('IP'), directory())).toEqual([]);
  });

  it('a caller with no grant in the school', () => {
    expect(correspondentsOf({ subject: 'x', personId: 'X', grants: [] }, directory())).toEqual([]);
    expect(correspondentsOf({ subject: 'x', personId: 'X', grants: [{ role: 'region_operator' }] }, directory())).toEqual([]);
  });

  it('the people of another school: their grants there give nothing here', () => {
    expect(correspondentsOf(caller('X', [{ role: 'director', schoolId: 'S2' }]), directory())).toEqual([]);
    expect(correspondentsOf(caller('X', [{ role: 'subject_teacher', schoolId: 'S2', classId: C5, subjectId: 'math' }]), directory())).toEqual([]);
    expect(correspondentsOf(caller('X', [{ role: 'parent', schoolId: 'S2', childId: 'STU5' }]), directory())).toEqual([]);
  });

  it('a director of another school who is a parent here writes as a parent here', () => {
    expect(ids(caller('X', [{ role: 'director', schoolId: 'S2' }, { role: 'parent', schoolId: S, childId: 'STU6' }]))).toEqual(['DIR', 'DEP', 'ADM', 'T6']);
  });
});

it('never lists the caller among their own correspondents', () => {
  for (const member of members) expect(ids(caller(member.personId))).not.toContain(member.personId);
});

describe('how a member presents in a thread', () => {
  const of = directory();
  it.each([
    ['CT5', 'классный руководитель 5А'],
    ['MATH5', 'учитель'],
    ['DIR', 'директор'],
    ['DEP', 'заместитель директора'],
    ['ADM', 'администрация школы'],
    ['STU6', 'ученик 6Б'],
    ['PAR5', 'родитель: Иванов Пётр'],
  ])('%s is «%s»', (personId, relation) => {
    expect(describeMember(of.members.get(personId)!, of)).toBe(relation);
  });

  it('a parent with no child in the directory is «родитель»', () => {
    expect(describeMember(person('P', 'parent', 'Смирнов Ян', [{ role: 'parent', schoolId: S, childId: 'NOBODY' }]), of)).toBe('родитель');
  });

  it('a full name leaves out a missing middle name', () => {
    expect(fullName({ lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' })).toBe('Иванова Мария Петровна');
    expect(fullName({ lastName: 'Смит', firstName: 'Джон', middleName: '' })).toBe('Смит Джон');
  });
});

describe('whom notices about a pupil go to (000 §9.1, 000 §9.2)', () => {
  it('the pupil with an account and their parents, not interested persons nor other families', () => {
    expect(familyOf('STU5', directory()).sort()).toEqual(['PAR5', 'STU5']);
    expect(familyOf('STU6', directory()).sort()).toEqual(['PAR6', 'STU6']);
  });

  it('only the parents when the pupil has no account (no grants)', () => {
    const withoutAccount = members.map((member) => (member.personId === 'STU5' ? { ...member, grants: [] } : member));
    expect(familyOf('STU5', directory(undefined, withoutAccount))).toEqual(['PAR5']);
  });

  it('nobody for an unknown pupil', () => {
    expect(familyOf('NOBODY', directory())).toEqual([]);
  });

  it('the pupils of a class, by the directory', () => {
    expect(pupilsOf(C5, directory())).toEqual(['STU5', 'STU5B']);
    expect(pupilsOf(C6, directory())).toEqual(['STU6']);
    expect(pupilsOf('C9', directory())).toEqual([]);
  });
});

describe('whom a report of a message goes to (the school’s administration)', () => {
  it('the administrator, the director and the deputies', () => {
    expect(administrationOf(directory()).sort()).toEqual(['ADM', 'DEP', 'DIR']);
  });

  it('still someone when the school has no administrator account', () => {
    expect(administrationOf(directory(undefined, members.filter((member) => member.personId !== 'ADM'))).sort()).toEqual(['DEP', 'DIR']);
  });
});
