// A teacher's own КТП is of their own lessons (003 §4.2): of a grade and subject the year's load gives them.
import { FailedPrecondition } from '@ejournal/kit';
import { ensureTaught } from '../../src/domain/thematic-plan';

const TEACHER = '0b0a3f0e-6a53-4c39-9d5b-2d9f4b7f8a01';
const OTHER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const grades = new Map([['5A', 5], ['5B', 5], ['9A', 9]]);
const gradeOf = (classId: string) => grades.get(classId);
const load = [
  { teacherId: TEACHER, subjectId: 'math', classId: '5B' },
  { teacherId: OTHER, subjectId: 'rus', classId: '5A' },
];

describe('ensureTaught', () => {
  it('lets a teacher keep the plan of a grade and subject of their load', () => {
    expect(() => ensureTaught(TEACHER, 5, 'math', load, gradeOf)).not.toThrow();
  });

  it('refuses another grade, another subject, another teacher\'s subject', () => {
    for (const [grade, subject] of [[9, 'math'], [5, 'rus'], [5, 'eng']] as const) {
      expect(() => ensureTaught(TEACHER, grade, subject, load, gradeOf)).toThrow(FailedPrecondition);
    }
    expect(() => ensureTaught(TEACHER, 9, 'math', load, gradeOf)).toThrow('КТП не сохранено: по нагрузке этого года учитель не ведёт этот предмет в 9 классах');
  });

  it('refuses a class the year no longer has, and a teacher with no load', () => {
    expect(() => ensureTaught(TEACHER, 5, 'math', [{ teacherId: TEACHER, subjectId: 'math', classId: 'gone' }], gradeOf)).toThrow(FailedPrecondition);
    expect(() => ensureTaught(TEACHER, 5, 'math', [], gradeOf)).toThrow(FailedPrecondition);
  });

  it('leaves the school\'s plan (no teacher) to any grade and subject', () => {
    expect(() => ensureTaught('', 9, 'eng', [], gradeOf)).not.toThrow();
  });
});
