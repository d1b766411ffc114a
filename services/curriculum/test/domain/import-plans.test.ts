import { classesToCreate, enrolFromImport, strangersOfRoster } from '../../src/domain/import-plans';
import type { RosterLine } from '../../src/domain/imports';
import { emptyRoster } from '../../src/domain/roster';
import { sampleClass, sampleYear, settings, STUDENT, TEACHER } from './sample-school';

// An imported roster file is checked line by line before anything is written (004 §4.2.3: the
// administrator loads the classes and their pupils); each problem names its line.

const year = sampleYear();
const line = (n: number, grade: number, letter: string, extra: Partial<RosterLine> = {}): RosterLine => ({ line: n, grade, letter, studentId: STUDENT(n), date: '2026-09-01', orderNumber: `№ ${n}`, classTeacherId: '', shift: 1, ...extra });
let ids = 0;
const newId = () => `class-${++ids}`;

describe('a roster file', () => {
  it('makes each class it names once, and refuses two class teachers for one class on the later line', () => {
    const lines = [line(2, 5, 'А', { classTeacherId: TEACHER.math }), line(3, 5, 'А', { classTeacherId: TEACHER.rus }), line(4, 6, 'Б')];
    const { created, errors } = classesToCreate(lines, [], settings, year, newId);
    expect([...created.keys()].sort()).toEqual(['5А', '6Б']);
    expect(errors).toEqual([{ line: 3, message: 'у 5А в файле разные классные руководители' }]);
  });

  it('leaves the classes the year already has, and enrols every line\'s student in its class', () => {
    const existing = [sampleClass(year, 5, 'А')];
    const lines = [line(2, 5, 'А'), line(3, 5, 'А')];
    expect(classesToCreate(lines, existing, settings, year, newId).created.size).toBe(0);
    const { roster, movements, errors } = enrolFromImport(emptyRoster(year), lines, year, existing, 'admin');
    expect(errors).toEqual([]);
    expect(movements.map((movement) => movement.studentId)).toEqual([STUDENT(2), STUDENT(3)]);
    expect(roster).not.toEqual(emptyRoster(year));
  });

  it('reports a line that enrols a student twice, and the students and teachers the school does not have', () => {
    const existing = [sampleClass(year, 5, 'А')];
    const twice = [line(2, 5, 'А'), line(3, 5, 'А', { studentId: STUDENT(2) })];
    expect(enrolFromImport(emptyRoster(year), twice, year, existing, 'admin').errors.map((error) => error.line)).toEqual([3]);
    expect(strangersOfRoster([line(2, 5, 'А', { classTeacherId: TEACHER.rus })], new Set([STUDENT(2)]), new Set([TEACHER.rus]))).toEqual([
      { line: 2, message: 'в школе нет такого обучающегося' },
      { line: 2, message: 'в школе нет такого сотрудника (классный руководитель)' },
    ]);
  });
});
