import { randomUUID } from 'node:crypto';
import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { MOVEMENT_KIND_NAMES, type MovementKind } from '@ejournal/school-rules';
import { isPeriodStart, type AcademicYear } from './academic-year';
import { addDays, parseDate, russianDate, type IsoDate } from './dates';
import { isUuid } from './ids';
import type { SchoolClass } from './school-class';

export type { MovementKind };

export const MOVEMENT_NAMES: Record<MovementKind, string> = MOVEMENT_KIND_NAMES;

/** A student in a class from `from` until the day before `until` ('' while it lasts). */
export interface ClassPlacement {
  studentId: string;
  classId: string;
  from: IsoDate;
  until: IsoDate | '';
}

/** A student in a group of a split subject. */
export interface GroupPlacement extends ClassPlacement {
  groupId: string;
  subjectId: string;
}

export interface Movement {
  id: string;
  kind: MovementKind;
  studentId: string;
  fromClassId: string;
  toClassId: string;
  date: IsoDate;
  orderNumber: string;
  note: string;
  recordedBy: string;
  recordedAt: Date;
}

/**
 * The school's students in one academic year: who was in which class and group on which dates, and
 * every movement that put them there. One document, because a transfer changes two classes at once.
 */
export interface Roster {
  _id: string;
  schoolId: string;
  placements: ClassPlacement[];
  groupPlacements: GroupPlacement[];
  movements: Movement[];
  version: number;
}

export const activeOn = (placement: ClassPlacement, date: IsoDate) => placement.from <= date && (placement.until === '' || date < placement.until);

export function emptyRoster(year: AcademicYear): Roster {
  return { _id: year._id, schoolId: year.schoolId, placements: [], groupPlacements: [], movements: [], version: 0 };
}

/** Who is in the class (or one of its groups) on the date. */
export function rosterOn(roster: Roster, date: IsoDate, classId: string, groupId = ''): string[] {
  const source = groupId ? roster.groupPlacements.filter((placement) => placement.groupId === groupId) : roster.placements;
  return [...new Set(source.filter((placement) => placement.classId === classId && activeOn(placement, date)).map((placement) => placement.studentId))].sort();
}

export function placementOn(roster: Roster, studentId: string, date: IsoDate): ClassPlacement | undefined {
  return roster.placements.find((placement) => placement.studentId === studentId && activeOn(placement, date));
}

/** The classes a student is in on any day of the week starting on `monday`, in the order of the days. */
export function classesOfWeek(roster: Roster, studentId: string, monday: IsoDate): string[] {
  return [...new Set([0, 1, 2, 3, 4, 5, 6].map((day) => placementOn(roster, studentId, addDays(monday, day))?.classId).filter((id): id is string => Boolean(id)))];
}

/**
 * Whether a student has the lesson: in its class on its date, and, for a lesson of a group (a split
 * subject, 000 §9.1), in that group on that date.
 */
export function takesLesson(roster: Roster, studentId: string, lesson: { classId: string; groupId: string; date: IsoDate }): boolean {
  if (placementOn(roster, studentId, lesson.date)?.classId !== lesson.classId) return false;
  return !lesson.groupId || roster.groupPlacements.some((group) => group.studentId === studentId && group.groupId === lesson.groupId && activeOn(group, lesson.date));
}

/** Whether the roster knows the student already: placed in a class or moved at any time of the year. */
export function knowsStudent(roster: Roster, studentId: string): boolean {
  return roster.placements.some((placement) => placement.studentId === studentId) || roster.movements.some((movement) => movement.studentId === studentId);
}

/** The date a student registered by the school is enrolled on: the one asked for, kept inside the year. */
export function enrolmentDateIn(year: AcademicYear, date: IsoDate): IsoDate {
  return date < year.startsOn ? year.startsOn : date > year.endsOn ? year.endsOn : date;
}

export interface MovementRequest {
  kind: string;
  studentId: string;
  classId?: string;
  date: string;
  orderNumber?: string;
  note?: string;
}

/**
 * Applies a movement (001 §9.1: enrolment, expulsion, transfers) to the roster; the history is kept:
 * a place that ends gets its `until`, nothing is deleted. Movements of a student go forward in time.
 */
export function recordMovement(roster: Roster, year: AcademicYear, classes: SchoolClass[], request: MovementRequest, by: string): { roster: Roster; movement: Movement } {
  const kind = request.kind as MovementKind;
  if (!['ENROL', 'TRANSFER', 'TRANSFER_IN', 'TRANSFER_OUT', 'EXPEL'].includes(kind)) {
    throw new InvalidArgument('вид движения: ENROL, TRANSFER, TRANSFER_IN, TRANSFER_OUT или EXPEL (перевод в следующий класс и выпуск — через переход учебного года)', { kind: 'вид движения' });
  }
  if (!isUuid(request.studentId ?? '')) throw new InvalidArgument('не указан обучающийся', { studentId: 'идентификатор обучающегося' });
  const date = parseDate(request.date, 'date', 'дата движения');
  if (date < year.startsOn || date > year.endsOn) throw new InvalidArgument(`дата ${russianDate(date)} вне учебного года ${year.name}`, { date: 'дата внутри учебного года' });
  const orderNumber = (request.orderNumber ?? '').trim();
  if (!orderNumber || orderNumber.length > 50) throw new InvalidArgument('укажите номер приказа (до 50 символов)', { orderNumber: 'номер приказа' });
  const last = roster.movements.filter((movement) => movement.studentId === request.studentId).at(-1);
  if (last && date < last.date) throw new FailedPrecondition(`у обучающегося уже есть движение от ${russianDate(last.date)}: новое не может быть раньше`);
  const current = placementOn(roster, request.studentId, date);
  const later = roster.placements.some((placement) => placement.studentId === request.studentId && placement.from > date);
  if (later) throw new FailedPrecondition('у обучающегося есть место в классе с более поздней даты');
  const needsClass = kind === 'ENROL' || kind === 'TRANSFER' || kind === 'TRANSFER_IN';
  const target = needsClass ? classes.find((schoolClass) => schoolClass._id === request.classId && schoolClass.yearId === year._id) : undefined;
  if (needsClass && !target) throw new InvalidArgument('нет такого класса в этом учебном году', { classId: 'класс этого года' });
  if ((kind === 'ENROL' || kind === 'TRANSFER_IN') && current) throw new FailedPrecondition(`обучающийся уже числится в классе на ${russianDate(date)}: используйте перевод`);
  if ((kind === 'TRANSFER' || kind === 'TRANSFER_OUT' || kind === 'EXPEL') && !current) throw new FailedPrecondition(`обучающийся не числится ни в одном классе на ${russianDate(date)}`);
  if (kind === 'TRANSFER' && current?.classId === target?._id) throw new FailedPrecondition('обучающийся уже в этом классе');

  const close = <T extends ClassPlacement>(placement: T): T => (placement.studentId === request.studentId && activeOn(placement, date) ? { ...placement, until: date } : placement);
  const placements = roster.placements.map(close);
  if (target) placements.push({ studentId: request.studentId, classId: target._id, from: date, until: '' });
  const movement: Movement = {
    id: randomUUID(),
    kind,
    studentId: request.studentId,
    fromClassId: current?.classId ?? '',
    toClassId: target?._id ?? '',
    date,
    orderNumber,
    note: (request.note ?? '').trim().slice(0, 500),
    recordedBy: by,
    recordedAt: new Date(),
  };
  const groupPlacements = current ? roster.groupPlacements.map(close) : roster.groupPlacements;
  return { roster: { ...roster, placements, groupPlacements, movements: [...roster.movements, movement] }, movement };
}

/**
 * Puts students into a group of a split subject from a date. A student already in another group of the
 * same subject moves only at a period's start, i.e. at the end of the previous one (003 §4.2, 004 §4.2.3).
 */
export function assignToGroup(roster: Roster, year: AcademicYear, schoolClass: SchoolClass, groupId: string, studentIds: string[], fromText: string): Roster {
  const group = schoolClass.groups.find((candidate) => candidate.id === groupId);
  if (!group) throw new InvalidArgument(`в ${schoolClass.name} нет такой группы`, { groupId: 'группа класса' });
  const from = parseDate(fromText, 'from', 'дата включения в группу');
  if (from < year.startsOn || from > year.endsOn) throw new InvalidArgument(`дата ${russianDate(from)} вне учебного года ${year.name}`, { from: 'дата внутри года' });
  if (studentIds.length === 0) throw new InvalidArgument('не указаны обучающиеся', { studentIds: 'хотя бы один' });
  let groupPlacements = [...roster.groupPlacements];
  for (const studentId of studentIds) {
    if (!placementOn(roster, studentId, from) || placementOn(roster, studentId, from)!.classId !== schoolClass._id) {
      throw new FailedPrecondition(`обучающийся ${studentId} не числится в ${schoolClass.name} на ${russianDate(from)}`);
    }
    const sameSubject = groupPlacements.filter((placement) => placement.studentId === studentId && placement.subjectId === group.subjectId && placement.classId === schoolClass._id);
    if (sameSubject.some((placement) => placement.from > from)) throw new FailedPrecondition(`у обучающегося ${studentId} есть место в группе с более поздней даты`);
    const current = sameSubject.find((placement) => activeOn(placement, from));
    if (current?.groupId === groupId) continue;
    if (current) {
      if (!isPeriodStart(year, from)) {
        throw new FailedPrecondition(`перевод между группами возможен только по окончании учебного периода: укажите первый день следующего периода, а не ${russianDate(from)}`);
      }
      groupPlacements = groupPlacements.map((placement) => (placement === current ? { ...placement, until: from } : placement));
    }
    groupPlacements.push({ studentId, classId: schoolClass._id, groupId, subjectId: group.subjectId, from, until: '' });
  }
  return { ...roster, groupPlacements };
}

/** A student's places in the year (class and groups), as events carry them. */
/** Every pupil's places in the year's classes and groups, pupil by pupil (in the order of their ids). */
export function placementsByPupil(roster: Roster): Array<{ studentId: string; placements: ReturnType<typeof placementsOf> }> {
  const pupils = [...new Set([...roster.placements, ...roster.groupPlacements].map((placement) => placement.studentId))].sort();
  return pupils.map((studentId) => ({ studentId, placements: placementsOf(roster, studentId) }));
}

export function placementsOf(roster: Roster, studentId: string) {
  return [
    ...roster.placements.filter((placement) => placement.studentId === studentId).map((placement) => ({ classId: placement.classId, groupId: '', subjectId: '', from: placement.from, until: placement.until })),
    ...roster.groupPlacements.filter((placement) => placement.studentId === studentId).map((placement) => ({ classId: placement.classId, groupId: placement.groupId, subjectId: placement.subjectId, from: placement.from, until: placement.until })),
  ];
}
