import { FailedPrecondition } from '@ejournal/kit';
import { assignToGroup, placementsByPupil, recordMovement, rosterOn } from '../../src/domain/roster';
import { graduatedRoster, planTransition, promotedRoster } from '../../src/domain/year-transition';
import { roster as emptyRoster, sampleClass, sampleYear, settings, STUDENT } from './sample-school';

describe('enrolment and movement (001 §9.1)', () => {
  const year = sampleYear();
  const a = sampleClass(year, 5, 'А');
  const b = sampleClass(year, 5, 'Б');
  const move = (current: ReturnType<typeof emptyRoster>, kind: string, student: number, classId: string, date: string) =>
    recordMovement(current, year, [a, b], { kind, studentId: STUDENT(student), classId, date, orderNumber: `№ ${student}-${date}` }, 'admin').roster;

  it('answers the roster of a class for any date: history is kept, not overwritten', () => {
    let roster = move(emptyRoster(year), 'ENROL', 1, a._id, '2026-09-01');
    roster = move(roster, 'ENROL', 2, a._id, '2026-09-01');
    roster = move(roster, 'TRANSFER', 2, b._id, '2026-10-13');
    roster = move(roster, 'TRANSFER_IN', 3, a._id, '2026-11-10');
    roster = move(roster, 'EXPEL', 1, '', '2027-02-01');

    expect(rosterOn(roster, '2026-10-12', a._id)).toEqual([STUDENT(1), STUDENT(2)].sort());
    expect(rosterOn(roster, '2026-10-13', a._id)).toEqual([STUDENT(1)]);
    expect(rosterOn(roster, '2026-10-13', b._id)).toEqual([STUDENT(2)]);
    expect(rosterOn(roster, '2026-12-01', a._id)).toEqual([STUDENT(1), STUDENT(3)].sort());
    expect(rosterOn(roster, '2027-02-01', a._id)).toEqual([STUDENT(3)]);
    expect(roster.movements.map((movement) => movement.kind)).toEqual(['ENROL', 'ENROL', 'TRANSFER', 'TRANSFER_IN', 'EXPEL']);
  });

  it('refuses a movement that contradicts the record, saying why', () => {
    const roster = move(emptyRoster(year), 'ENROL', 1, a._id, '2026-09-10');
    expect(() => move(roster, 'ENROL', 1, b._id, '2026-09-15')).toThrow(/уже числится/);
    expect(() => move(roster, 'TRANSFER', 1, b._id, '2026-09-05')).toThrow(/не может быть раньше/);
    expect(() => move(roster, 'EXPEL', 2, '', '2026-09-15')).toThrow(/не числится/);
    expect(() => recordMovement(roster, year, [a, b], { kind: 'ENROL', studentId: STUDENT(4), classId: a._id, date: '2026-09-15', orderNumber: ' ' }, 'admin')).toThrow(/номер приказа/);
  });

  it('moves a student between groups only at the end of a period (003 §4.2, 004 §4.2.3)', () => {
    const groups = [
      { id: 'g1', subjectId: 'eng', name: '1 группа' },
      { id: 'g2', subjectId: 'eng', name: '2 группа' },
    ];
    const split = { ...a, groups };
    let roster = recordMovement(emptyRoster(year), year, [split], { kind: 'ENROL', studentId: STUDENT(1), classId: a._id, date: '2026-09-01', orderNumber: '1' }, 'admin').roster;
    roster = assignToGroup(roster, year, split, 'g1', [STUDENT(1)], '2026-09-01');
    expect(() => assignToGroup(roster, year, split, 'g2', [STUDENT(1)], '2026-10-01')).toThrow(FailedPrecondition);
    expect(() => assignToGroup(roster, year, split, 'g2', [STUDENT(1)], '2026-10-01')).toThrow(/только по окончании учебного периода/);
    roster = assignToGroup(roster, year, split, 'g2', [STUDENT(1)], '2026-11-05');
    expect(rosterOn(roster, '2026-10-20', a._id, 'g1')).toEqual([STUDENT(1)]);
    expect(rosterOn(roster, '2026-11-05', a._id, 'g1')).toEqual([]);
    expect(rosterOn(roster, '2026-11-05', a._id, 'g2')).toEqual([STUDENT(1)]);
  });

  it("gives every pupil's places of the year at once, classes and groups (the diary's full export, 000 §5)", () => {
    const groups = [{ id: 'g1', subjectId: 'eng', name: '1 группа' }];
    let roster = move(emptyRoster(year), 'ENROL', 2, a._id, '2026-09-01');
    roster = move(roster, 'ENROL', 1, a._id, '2026-09-01');
    roster = move(roster, 'TRANSFER', 2, b._id, '2026-10-13');
    roster = assignToGroup(roster, year, { ...a, groups }, 'g1', [STUDENT(1)], '2026-09-01');
    const byId = (x: { studentId: string }, y: { studentId: string }) => (x.studentId < y.studentId ? -1 : 1);
    expect(placementsByPupil(roster)).toEqual([
      { studentId: STUDENT(1), placements: [{ classId: a._id, groupId: '', subjectId: '', from: '2026-09-01', until: '' }, { classId: a._id, groupId: 'g1', subjectId: 'eng', from: '2026-09-01', until: '' }] },
      { studentId: STUDENT(2), placements: [{ classId: a._id, groupId: '', subjectId: '', from: '2026-09-01', until: '2026-10-13' }, { classId: b._id, groupId: '', subjectId: '', from: '2026-10-13', until: '' }] },
    ].sort(byId));
    expect(placementsByPupil(emptyRoster(year))).toEqual([]);
  });
});

describe('year transition (001 §9.1, 004 §4.2.3)', () => {
  const year = sampleYear(2026);
  const next = sampleYear(2027);
  const fifth = sampleClass(year, 5, 'А');
  const eleventh = sampleClass(year, 11, 'А');
  let roster = emptyRoster(year);
  for (const [student, schoolClass] of [[1, fifth], [2, fifth], [3, eleventh]] as const) {
    roster = recordMovement(roster, year, [fifth, eleventh], { kind: 'ENROL', studentId: STUDENT(student), classId: schoolClass._id, date: '2026-09-01', orderNumber: '1' }, 'admin').roster;
  }
  roster = recordMovement(roster, year, [fifth, eleventh], { kind: 'TRANSFER_OUT', studentId: STUDENT(2), date: '2027-03-01', orderNumber: '7' }, 'admin').roster;

  it('promotes 5А to 6А with the students it has at the year end, and graduates the last grade', () => {
    const plan = planTransition(year, next, settings, [fifth, eleventh], [], roster);
    expect(plan.problems).toEqual([]);
    expect(plan.promotions.map((p) => [p.fromClass.name, p.toClass?.name ?? 'выпуск', p.students])).toEqual([
      ['5А', '6А', [STUDENT(1)]],
      ['11А', 'выпуск', [STUDENT(3)]],
    ]);
    const promoted = promotedRoster(plan, next, emptyRoster(next), '№ 45', 'admin');
    const sixth = plan.promotions[0].toClass!;
    expect(sixth).toMatchObject({ grade: 6, letter: 'А', classTeacherId: fifth.classTeacherId, previousClassId: fifth._id, yearId: next._id });
    expect(rosterOn(promoted.roster, next.startsOn, sixth._id)).toEqual([STUDENT(1)]);
    const graduated = graduatedRoster(plan, year, roster, '№ 45', 'admin');
    expect(rosterOn(graduated.roster, year.endsOn, eleventh._id)).toEqual([STUDENT(3)]);
    expect(rosterOn(graduated.roster, '2027-05-27', eleventh._id)).toEqual([]);
    // Past dates are untouched by the transition.
    expect(rosterOn(graduated.roster, '2026-10-12', fifth._id)).toEqual([STUDENT(1), STUDENT(2)].sort());
  });

  it('is repeatable: performing it again adds nothing', () => {
    const plan = planTransition(year, next, settings, [fifth, eleventh], [], roster);
    const once = promotedRoster(plan, next, emptyRoster(next), '№ 45', 'admin');
    const twice = promotedRoster(plan, next, once.roster, '№ 45', 'admin');
    expect(twice.moved).toEqual([]);
    expect(graduatedRoster(plan, year, graduatedRoster(plan, year, roster, '1', 'a').roster, '1', 'a').moved).toEqual([]);
  });

  it('refuses when the next year already has a class of the same name made by hand', () => {
    const manual = { ...sampleClass(next, 6, 'А'), _id: 'other' };
    expect(planTransition(year, next, settings, [fifth], [manual], roster).problems).toEqual([expect.stringContaining('уже есть класс 6А')]);
  });
});
