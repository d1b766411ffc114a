import type { AcademicYear } from './academic-year';
import { addDays, russianDate } from './dates';
import { derivedId } from './ids';
import { activeOn, type Movement, type Roster } from './roster';
import { className, type SchoolClass } from './school-class';
import type { SchoolSettings } from './settings';

export interface ClassPromotion {
  fromClass: SchoolClass;
  /** The class of the next year; undefined for a graduating class. */
  toClass?: SchoolClass;
  students: string[];
}

export interface TransitionPlan {
  promotions: ClassPromotion[];
  /** What stops the transition; it is not performed while any is present. */
  problems: string[];
}

/**
 * Year transition (001 §9.1, 004 §4.2.3): every class of the year goes up one grade in the next year
 * (5А → 6А) with the students it has on the year's last day and its class teacher; the last grade
 * graduates. Ids of the new classes derive from the old ones, so performing it again changes nothing.
 */
export function planTransition(from: AcademicYear, to: AcademicYear, settings: SchoolSettings, fromClasses: SchoolClass[], toClasses: SchoolClass[], roster: Roster): TransitionPlan {
  const problems: string[] = [];
  if (from.schoolId !== to.schoolId) problems.push('учебные годы разных школ');
  if (to.startsOn <= from.endsOn) problems.push(`следующий учебный год должен начинаться после ${russianDate(from.endsOn)}`);
  if (from.status === 'transitioned' && from.nextYearId !== to._id) problems.push(`учебный год ${from.name} уже переведён в другой год`);
  const promotions: ClassPromotion[] = [];
  const sorted = [...fromClasses].sort((a, b) => a.grade - b.grade || a.letter.localeCompare(b.letter, 'ru'));
  for (const fromClass of sorted) {
    const students = roster.placements.filter((placement) => placement.classId === fromClass._id && activeOn(placement, from.endsOn)).map((placement) => placement.studentId).sort();
    if (fromClass.grade >= settings.lastGrade) {
      promotions.push({ fromClass, students });
      continue;
    }
    const id = derivedId(`promote:${fromClass._id}:${to._id}`);
    const name = className(fromClass.grade + 1, fromClass.letter);
    const clash = toClasses.find((candidate) => candidate.name === name && candidate._id !== id);
    if (clash) problems.push(`в ${to.name} уже есть класс ${name}, созданный не переводом из ${fromClass.name}`);
    promotions.push({
      fromClass,
      students,
      toClass: {
        _id: id,
        schoolId: fromClass.schoolId,
        yearId: to._id,
        grade: fromClass.grade + 1,
        letter: fromClass.letter,
        name,
        classTeacherId: fromClass.classTeacherId,
        shift: fromClass.shift,
        groups: [],
        previousClassId: fromClass._id,
        version: 1,
      },
    });
  }
  return { promotions, problems };
}

/** The next year's roster with every promoted student in their new class from the year's first day. */
export function promotedRoster(plan: TransitionPlan, to: AcademicYear, roster: Roster, orderNumber: string, by: string): { roster: Roster; moved: string[] } {
  const placements = [...roster.placements];
  const movements = [...roster.movements];
  const moved: string[] = [];
  for (const { fromClass, toClass, students } of plan.promotions) {
    if (!toClass) continue;
    for (const studentId of students) {
      const id = derivedId(`promote:${studentId}:${to._id}`);
      if (movements.some((movement) => movement.id === id) || placements.some((placement) => placement.studentId === studentId && placement.from <= to.startsOn)) continue;
      placements.push({ studentId, classId: toClass._id, from: to.startsOn, until: '' });
      movements.push(movement(id, 'PROMOTE', studentId, fromClass._id, toClass._id, to.startsOn, orderNumber, by));
      moved.push(studentId);
    }
  }
  return { roster: { ...roster, placements, movements }, moved };
}

/** The finished year's roster with the last grade graduated on the day after its last day. */
export function graduatedRoster(plan: TransitionPlan, from: AcademicYear, roster: Roster, orderNumber: string, by: string): { roster: Roster; moved: string[] } {
  const leaving = addDays(from.endsOn, 1);
  let placements = [...roster.placements];
  const movements = [...roster.movements];
  const moved: string[] = [];
  for (const { fromClass, toClass, students } of plan.promotions) {
    if (toClass) continue;
    for (const studentId of students) {
      const id = derivedId(`graduate:${studentId}:${from._id}`);
      if (movements.some((candidate) => candidate.id === id)) continue;
      placements = placements.map((placement) => (placement.studentId === studentId && placement.until === '' ? { ...placement, until: leaving } : placement));
      movements.push(movement(id, 'GRADUATE', studentId, fromClass._id, '', leaving, orderNumber, by));
      moved.push(studentId);
    }
  }
  return { roster: { ...roster, placements, movements }, moved };
}

function movement(id: string, kind: Movement['kind'], studentId: string, fromClassId: string, toClassId: string, date: string, orderNumber: string, by: string): Movement {
  return { id, kind, studentId, fromClassId, toClassId, date, orderNumber, note: '', recordedBy: by, recordedAt: new Date() };
}

/** A transition is performed by an order, whose number every promotion records; a preview (dry run) needs none. */
export function requireOrderNumber(plan: TransitionPlan, orderNumber: string, dryRun: boolean): TransitionPlan {
  return !dryRun && !orderNumber ? { ...plan, problems: [...plan.problems, 'укажите номер приказа о переводе'] } : plan;
}

/** The finished year, marked as transitioned into `to`; null when it is marked already (a transition repeated). */
export function transitionedYear(from: AcademicYear, to: AcademicYear): AcademicYear | null {
  if (from.status === 'transitioned') return null;
  return { ...from, status: 'transitioned', nextYearId: to._id };
}
