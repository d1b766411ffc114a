import { effectiveTeacher } from '@ejournal/school-rules';
import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { periodOn, type AcademicYear } from './academic-year';
import { isoWeekday, mondayOf, parseDate, type IsoDate } from './dates';
import { isUuid } from './ids';
import type { SchoolClass } from './school-class';
import { bellOf, isHoliday, type SchoolSettings } from './settings';

/** A change to a dated lesson, kept on the lesson: who, when, what it was before, why. */
export interface LessonChange {
  at: Date;
  by: string;
  change: 'moved' | 'cancelled' | 'added' | 'substituted' | 'replanned';
  reason: string;
  before: Record<string, unknown>;
}

export interface Lesson {
  _id: string;
  schoolId: string;
  yearId: string;
  periodId: string;
  classId: string;
  grade: number;
  groupId: string;
  subjectId: string;
  teacherId: string;
  substituteTeacherId: string;
  roomId: string;
  date: IsoDate;
  /** Monday of the lesson's week: the key of week look-ups. */
  week: IsoDate;
  number: number;
  startsAt: string;
  endsAt: string;
  status: 'planned' | 'cancelled';
  origin: 'timetable' | 'added';
  /** Moved, cancelled or added by hand: planning from the timetable leaves it alone. */
  pinned: boolean;
  version: number;
  history: LessonChange[];
}

/** Who teaches the lesson: the substitute when there is one (000 §9.1). */
export function teacherOf(lesson: Pick<Lesson, 'teacherId' | 'substituteTeacherId'>): string {
  return effectiveTeacher(lesson);
}

const SLOT_FIELDS = ['subjectId', 'groupId', 'teacherId', 'roomId', 'date', 'number', 'startsAt', 'endsAt', 'periodId', 'status'] as const;

function reasonOf(reason: string | undefined): string {
  const tidied = (reason ?? '').trim();
  if (!tidied) throw new InvalidArgument('укажите причину изменения расписания', { reason: 'обязательное поле' });
  if (tidied.length > 500) throw new InvalidArgument('причина: не длиннее 500 символов', { reason: 'до 500 символов' });
  return tidied;
}

function changed(lesson: Lesson, change: LessonChange['change'], by: string, reason: string, fields: Partial<Lesson>): Lesson {
  const before = Object.fromEntries(Object.keys(fields).map((key) => [key, lesson[key as keyof Lesson]]));
  return { ...lesson, ...fields, version: lesson.version + 1, history: [...lesson.history, { at: new Date(), by, change, reason, before }] };
}

interface SlotContext {
  settings: SchoolSettings;
  year: AcademicYear;
  schoolClass: SchoolClass;
}

/** Where a lesson can go: a working day of a period of the class's grade, a lesson number of its shift. */
function slot(context: SlotContext, dateText: string, number: number) {
  const { settings, year, schoolClass } = context;
  const date = parseDate(dateText, 'date', 'дата урока');
  const period = periodOn(year, settings, schoolClass.grade, date);
  if (!period) throw new InvalidArgument(`${date} не входит ни в один учебный период ${schoolClass.name}`, { date: 'дата внутри учебного периода' });
  if (!settings.workingWeekdays.includes(isoWeekday(date)) || isHoliday(settings, date)) throw new InvalidArgument(`${date} — не учебный день школы`, { date: 'учебный день' });
  const bell = bellOf(settings, schoolClass.shift, number);
  if (!bell) throw new InvalidArgument(`${number}-го урока нет в расписании звонков ${schoolClass.shift} смены`, { number: 'номер урока' });
  return { date, week: mondayOf(date), number, periodId: period.id, startsAt: bell.startsAt, endsAt: bell.endsAt };
}

function ensurePlanned(lesson: Lesson): void {
  if (lesson.status === 'cancelled') throw new FailedPrecondition('урок отменён: его нельзя изменить');
}

export function moveLesson(lesson: Lesson, request: { date: string; number: number; roomId?: string; reason?: string }, context: SlotContext, by: string): Lesson {
  ensurePlanned(lesson);
  const reason = reasonOf(request.reason);
  const target = slot(context, request.date, request.number);
  return changed(lesson, 'moved', by, reason, { ...target, roomId: request.roomId || lesson.roomId, pinned: true });
}

export function cancelLesson(lesson: Lesson, reason: string | undefined, by: string): Lesson {
  ensurePlanned(lesson);
  return changed(lesson, 'cancelled', by, reasonOf(reason), { status: 'cancelled', pinned: true });
}

export function substitute(lesson: Lesson, teacherId: string, reason: string | undefined, by: string): Lesson {
  ensurePlanned(lesson);
  if (teacherId && !isUuid(teacherId)) throw new InvalidArgument('идентификатор учителя замены', { teacherId: 'идентификатор сотрудника' });
  if (teacherId && teacherId === lesson.teacherId) throw new InvalidArgument('замена: это учитель по расписанию', { teacherId: 'другой учитель' });
  if (teacherId === lesson.substituteTeacherId) throw new FailedPrecondition(teacherId ? 'этот учитель уже заменяет урок' : 'у урока нет замены');
  return changed(lesson, 'substituted', by, reasonOf(reason), { substituteTeacherId: teacherId });
}

export function addedLesson(
  id: string,
  request: { groupId?: string; subjectId: string; teacherId: string; roomId?: string; date: string; number: number; reason?: string },
  context: SlotContext,
  by: string,
): Lesson {
  const { schoolClass, year } = context;
  const reason = reasonOf(request.reason);
  if (!isUuid(request.teacherId ?? '')) throw new InvalidArgument('не указан учитель', { teacherId: 'идентификатор сотрудника' });
  const groupId = request.groupId ?? '';
  if (groupId && !schoolClass.groups.some((group) => group.id === groupId && group.subjectId === request.subjectId)) throw new InvalidArgument(`в ${schoolClass.name} нет такой группы по этому предмету`, { groupId: 'группа класса' });
  const target = slot(context, request.date, request.number);
  return {
    _id: id,
    schoolId: schoolClass.schoolId,
    yearId: year._id,
    classId: schoolClass._id,
    grade: schoolClass.grade,
    groupId,
    subjectId: request.subjectId,
    teacherId: request.teacherId,
    substituteTeacherId: '',
    roomId: request.roomId ?? '',
    ...target,
    status: 'planned',
    origin: 'added',
    pinned: true,
    version: 1,
    history: [{ at: new Date(), by, change: 'added', reason, before: {} }],
  };
}

export interface PlanDiff {
  /** New lessons. */
  planned: Lesson[];
  /** Lessons whose slot now holds something else (another subject, teacher, room). */
  replanned: Lesson[];
  /** Lessons the timetable no longer gives. */
  cancelled: Lesson[];
  unchanged: number;
}

/**
 * What planning from the timetable changes: compares the lessons the timetable gives with those
 * already planned in the same dates. Lessons changed by hand are left alone.
 */
export function diffPlan(wanted: Lesson[], existing: Lesson[], from: IsoDate, to: IsoDate, by: string): PlanDiff {
  const current = new Map(existing.map((lesson) => [lesson._id, lesson]));
  const diff: PlanDiff = { planned: [], replanned: [], cancelled: [], unchanged: 0 };
  const wantedIds = new Set<string>();
  for (const lesson of wanted) {
    wantedIds.add(lesson._id);
    const before = current.get(lesson._id);
    if (!before) diff.planned.push(lesson);
    else if (before.pinned) diff.unchanged++;
    else if (SLOT_FIELDS.every((field) => before[field] === lesson[field])) diff.unchanged++;
    else {
      const fields = Object.fromEntries(SLOT_FIELDS.map((field) => [field, lesson[field]])) as Partial<Lesson>;
      diff.replanned.push(changed(before, 'replanned', by, 'изменение расписания', fields));
    }
  }
  for (const lesson of existing) {
    if (lesson.date < from || lesson.date > to || wantedIds.has(lesson._id)) continue;
    if (lesson.pinned || lesson.origin !== 'timetable' || lesson.status !== 'planned') continue;
    diff.cancelled.push(changed(lesson, 'cancelled', by, 'изменение расписания', { status: 'cancelled' }));
  }
  return diff;
}
