import { randomUUID } from 'node:crypto';
import { InvalidArgument } from '@ejournal/kit';
import { periodOn, type AcademicYear } from './academic-year';
import type { Room, Subject } from './catalogue';
import { addDays, eachDate, isoWeekday, mondayOf, parseDate, WEEKDAY_NAMES, type IsoDate } from './dates';
import { derivedId, isUuid } from './ids';
import type { Lesson } from './lesson';
import type { SchoolClass } from './school-class';
import { bellOf, isHoliday, type SchoolSettings } from './settings';

export interface TimetableEntry {
  weekday: number;
  lessonNumber: number;
  subjectId: string;
  groupId: string;
  teacherId: string;
  roomId: string;
}

/** A class's weekly timetable in force between two dates. */
export interface WeeklyTimetable {
  id: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  entries: TimetableEntry[];
}

export interface TimetableContext {
  settings: SchoolSettings;
  year: AcademicYear;
  schoolClass: SchoolClass;
  subjects: Subject[];
  rooms: Room[];
}

/** One problem of a timetable entry, by its position (an import maps it to its line). */
export interface EntryProblem {
  index: number;
  message: string;
}

/** What is wrong with each entry of a class's weekly timetable. Booking clashes across classes are the inspector's. */
export function timetableProblems(entries: TimetableEntry[], context: TimetableContext): EntryProblem[] {
  const { settings, schoolClass, subjects, rooms } = context;
  const problems: EntryProblem[] = [];
  const slots = new Map<string, TimetableEntry>();
  entries.forEach((entry, index) => {
    const fail = (message: string) => problems.push({ index, message });
    const day = WEEKDAY_NAMES[entry.weekday] ?? `день ${entry.weekday}`;
    if (!settings.workingWeekdays.includes(entry.weekday)) fail(`${day} — не учебный день школы`);
    if (!bellOf(settings, schoolClass.shift, entry.lessonNumber)) fail(`${entry.lessonNumber}-го урока нет в расписании звонков ${schoolClass.shift} смены`);
    if (!subjects.some((subject) => subject.id === entry.subjectId)) fail(`нет предмета «${entry.subjectId}» в каталоге школы`);
    if (entry.groupId && !schoolClass.groups.some((group) => group.id === entry.groupId && group.subjectId === entry.subjectId)) fail(`в ${schoolClass.name} нет такой группы по этому предмету`);
    if (!isUuid(entry.teacherId)) fail('не указан учитель');
    if (entry.roomId && !rooms.some((room) => room.id === entry.roomId)) fail('нет такого кабинета');
    for (const [slotKey, other] of slots) {
      if (slotKey !== `${entry.weekday}|${entry.lessonNumber}`) continue;
      if (!entry.groupId || !other.groupId || entry.groupId === other.groupId) fail(`${day}, ${entry.lessonNumber}-й урок: у ${schoolClass.name} уже стоит урок в это время`);
    }
    slots.set(`${entry.weekday}|${entry.lessonNumber}`, entry);
  });
  return problems;
}

export function normaliseEntries(entries: Array<Partial<TimetableEntry>>): TimetableEntry[] {
  return entries.map((entry) => ({
    weekday: entry.weekday ?? 0,
    lessonNumber: entry.lessonNumber ?? 0,
    subjectId: entry.subjectId ?? '',
    groupId: entry.groupId ?? '',
    teacherId: entry.teacherId ?? '',
    roomId: entry.roomId ?? '',
  }));
}

/** A checked new weekly timetable; InvalidArgument lists every bad entry. */
export function planWeeklyTimetable(input: { validFrom?: string; validTo?: string; entries: Array<Partial<TimetableEntry>> }, context: TimetableContext): WeeklyTimetable {
  const { year } = context;
  const validFrom = input.validFrom ? parseDate(input.validFrom, 'validFrom', 'начало действия расписания') : year.startsOn;
  const validTo = input.validTo ? parseDate(input.validTo, 'validTo', 'конец действия расписания') : year.endsOn;
  if (validFrom > validTo || validFrom < year.startsOn || validTo > year.endsOn) {
    throw new InvalidArgument(`расписание действует внутри учебного года ${year.name} (${year.startsOn}…${year.endsOn}), начало не позже конца`, { validFrom: 'даты действия' });
  }
  const entries = normaliseEntries(input.entries);
  const problems = timetableProblems(entries, context);
  if (problems.length > 0) {
    throw new InvalidArgument(`расписание не сохранено: ${problems.map((problem) => `запись ${problem.index + 1}: ${problem.message}`).join('; ')}`, Object.fromEntries(problems.map((problem) => [`entries[${problem.index}]`, problem.message])));
  }
  return { id: randomUUID(), validFrom, validTo, entries };
}

/**
 * The class's timetables after a new one takes effect: those it overlaps are cut back to the day
 * before it (or after it ends); those it covers entirely are replaced. Returns the kept and the replaced ones.
 */
export function supersede(existing: WeeklyTimetable[], next: WeeklyTimetable): { kept: WeeklyTimetable[]; replaced: WeeklyTimetable[] } {
  const kept: WeeklyTimetable[] = [];
  const replaced: WeeklyTimetable[] = [];
  for (const timetable of existing) {
    if (timetable.validTo < next.validFrom || timetable.validFrom > next.validTo) kept.push(timetable);
    else {
      if (timetable.validFrom < next.validFrom) kept.push({ ...timetable, validTo: addDays(next.validFrom, -1) });
      if (timetable.validTo > next.validTo) kept.push({ ...timetable, id: derivedId(`${timetable.id}:after:${next.id}`), validFrom: addDays(next.validTo, 1) });
      if (timetable.validFrom >= next.validFrom && timetable.validTo <= next.validTo) replaced.push(timetable);
    }
  }
  return { kept: [...kept, next].sort((a, b) => a.validFrom.localeCompare(b.validFrom)), replaced };
}

export function timetableOn(timetables: WeeklyTimetable[], date: IsoDate): WeeklyTimetable | undefined {
  return timetables.find((timetable) => timetable.validFrom <= date && date <= timetable.validTo);
}

/** The id of the lesson in a slot: the same slot always gives the same lesson, so planning twice plans once. */
export function slotLessonId(classId: string, date: IsoDate, number: number, groupId: string): string {
  return derivedId(`lesson:${classId}:${date}:${number}:${groupId || '-'}`);
}

/**
 * The dated lessons the timetables give a class between two dates: on the school's working days that
 * fall inside a period of the class's grade (periods leave out the holidays between them) and are not
 * holidays.
 */
export function lessonsFromTimetable(timetables: WeeklyTimetable[], context: Omit<TimetableContext, 'subjects' | 'rooms'>, from: IsoDate, to: IsoDate): Lesson[] {
  const { settings, year, schoolClass } = context;
  const lessons: Lesson[] = [];
  for (const date of eachDate(from < year.startsOn ? year.startsOn : from, to > year.endsOn ? year.endsOn : to)) {
    const weekday = isoWeekday(date);
    if (!settings.workingWeekdays.includes(weekday) || isHoliday(settings, date)) continue;
    const period = periodOn(year, settings, schoolClass.grade, date);
    const timetable = period && timetableOn(timetables, date);
    if (!period || !timetable) continue;
    for (const entry of timetable.entries) {
      if (entry.weekday !== weekday) continue;
      const bell = bellOf(settings, schoolClass.shift, entry.lessonNumber);
      if (!bell) continue;
      lessons.push({
        _id: slotLessonId(schoolClass._id, date, entry.lessonNumber, entry.groupId),
        schoolId: schoolClass.schoolId,
        yearId: year._id,
        periodId: period.id,
        classId: schoolClass._id,
        grade: schoolClass.grade,
        groupId: entry.groupId,
        subjectId: entry.subjectId,
        teacherId: entry.teacherId,
        substituteTeacherId: '',
        roomId: entry.roomId,
        date,
        week: mondayOf(date),
        number: entry.lessonNumber,
        startsAt: bell.startsAt,
        endsAt: bell.endsAt,
        status: 'planned',
        origin: 'timetable',
        pinned: false,
        version: 1,
        history: [],
      });
    }
  }
  return lessons;
}

/** The dates to plan a class's lessons for: those asked for, else the whole year; the start not after the end. */
export function planningRange(year: AcademicYear, fromText: string | undefined, toText: string | undefined): { from: IsoDate; to: IsoDate } {
  const from = fromText ? parseDate(fromText, 'from', 'начало') : year.startsOn;
  const to = toText ? parseDate(toText, 'to', 'конец') : year.endsOn;
  if (from > to) throw new InvalidArgument('начало позже конца', { from: 'не позже to' });
  return { from, to };
}
