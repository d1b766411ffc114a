import { addDays } from '@ejournal/school-rules';
import { later } from './moments';

/** A pupil's movement as curriculum's movement book records it (curriculum.enrolment.changed). */
export interface KeptMovement {
  movementId: string;
  kind: string;
  studentId: string;
  date: string;
  fromClassId: string;
  toClassId: string;
  orderNumber: string;
}

/** The movements into and out of one class: the class's movement list reads it. */
export interface ClassMovements {
  _id: string;
  version: number;
  schoolId: string;
  movements: KeptMovement[];
  asOf: string;
}


export function blankClassMovements(classId: string, schoolId: string): ClassMovements {
  return { _id: classId, version: 0, schoolId, movements: [], asOf: '' };
}

/** The class's movements with one more; null when it is there already (an event may come twice). */
export function withMovement(doc: ClassMovements, movement: KeptMovement, at: string): ClassMovements | null {
  if (doc.movements.some((item) => item.movementId === movement.movementId)) return null;
  return { ...doc, movements: [...doc.movements, movement], asOf: later(at, doc.asOf) };
}

export interface MovementLine extends KeptMovement {
  /** True: into this class; false: out of it. */
  arrival: boolean;
}

/**
 * The class's movement list over [from, to] (004 §4.2.4): each movement into or out of it by date, and
 * how many pupils it had the day before `from` and on `to` — as the roster counts them (`pupilsOn`).
 */
export function movementList(doc: ClassMovements | null, classId: string, range: { from: string; to: string }, pupilsOn: (date: string) => number): { lines: MovementLine[]; onStart: number; arrived: number; left: number; onEnd: number } {
  const lines = (doc?.movements ?? [])
    .filter((movement) => movement.date >= range.from && movement.date <= range.to)
    .flatMap((movement): MovementLine[] => [
      ...(movement.fromClassId === classId ? [{ ...movement, arrival: false }] : []),
      ...(movement.toClassId === classId ? [{ ...movement, arrival: true }] : []),
    ])
    .sort((a, b) => a.date.localeCompare(b.date) || Number(a.arrival) - Number(b.arrival) || a.movementId.localeCompare(b.movementId));
  return {
    lines,
    onStart: pupilsOn(addDays(range.from, -1)),
    arrived: lines.filter((line) => line.arrival).length,
    left: lines.filter((line) => !line.arrival).length,
    onEnd: pupilsOn(range.to),
  };
}
