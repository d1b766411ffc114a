import { aggregateSchema, VersionedDocuments, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';
import { addDays, mondayOf, type IsoDate } from '../domain/dates';
import type { Lesson } from '../domain/lesson';

/** The lessons of one class in one week, as they stand: what every week read is served from. */
export interface ClassWeek extends Versioned {
  schoolId: string;
  lessons: WeekLesson[];
  /** Lessons moved out of this week, at the version that moved them: an older version arriving late stays out. */
  movedOut: Array<{ id: string; version: number }>;
}

/** A lesson as the week shows it (its change history stays on the lesson itself). */
export type WeekLesson = Omit<Lesson, 'history'>;

export const classWeekId = (classId: string, week: IsoDate) => `${classId}:${week}`;

/** The classes of a school a teacher (or substitute) has lessons in; its id is `teacherId:schoolId`. */
interface TeacherClasses extends Versioned {
  classIds: string[];
}

/**
 * Read models of the dated lessons keyed for look-ups by `_id` only (on FerretDB a filter on any other
 * field reads the whole collection): a class's week, and the classes a teacher has lessons in during a
 * year. They are kept in step right after each lesson write and again, idempotently, from the
 * service's own lesson events, so a process that dies between the two writes leaves them right once
 * the events are handled: each lesson in a week is replaced only by a newer version of itself.
 */
export class LessonWeeks {
  readonly weeks: VersionedDocuments<ClassWeek>;
  private readonly teacherYears: VersionedDocuments<TeacherClasses>;

  constructor(connection: mongoose.Connection) {
    this.weeks = new VersionedDocuments(connection.model('ClassWeek', aggregateSchema('class_weeks')), 'неделя класса');
    this.teacherYears = new VersionedDocuments(connection.model('TeacherClasses', aggregateSchema('teacher_classes')), 'классы учителя');
  }

  /** Puts lessons (new versions) into their weeks; `previousDates` names where a moved lesson was before. */
  async apply(lessons: Array<Lesson | WeekLesson>, previousDates: Map<string, IsoDate> = new Map()): Promise<void> {
    const byWeek = new Map<string, { schoolId: string; put: WeekLesson[]; remove: WeekLesson[] }>();
    const slot = (classId: string, week: IsoDate, schoolId: string) => {
      const id = classWeekId(classId, week);
      if (!byWeek.has(id)) byWeek.set(id, { schoolId, put: [], remove: [] });
      return byWeek.get(id)!;
    };
    for (const lesson of lessons) {
      const { history: _history, ...shown } = lesson as Lesson;
      slot(lesson.classId, lesson.week, lesson.schoolId).put.push(shown);
      const before = previousDates.get(lesson._id);
      if (before && mondayOf(before) !== lesson.week) slot(lesson.classId, mondayOf(before), lesson.schoolId).remove.push(lesson);
    }
    for (const [id, { schoolId, put, remove }] of byWeek) {
      await this.weeks.change(
        id,
        (week) => {
          const kept = new Map(week.lessons.map((lesson) => [lesson._id, lesson]));
          const movedOut = new Map((week.movedOut ?? []).map((gone) => [gone.id, gone.version]));
          let changed = false;
          for (const lesson of remove) {
            if ((movedOut.get(lesson._id) ?? 0) < lesson.version) {
              movedOut.set(lesson._id, lesson.version);
              changed = true;
            }
          }
          for (const lesson of put) {
            const current = kept.get(lesson._id);
            const newest = Math.max(current?.version ?? 0, movedOut.get(lesson._id) ?? 0);
            if (lesson.version > newest) {
              kept.set(lesson._id, lesson);
              movedOut.delete(lesson._id);
              changed = true;
            }
          }
          for (const [id, version] of movedOut) {
            if ((kept.get(id)?.version ?? 0) < version && kept.delete(id)) changed = true;
          }
          const next = { ...week, lessons: sorted([...kept.values()]), movedOut: [...movedOut].map(([id, version]) => ({ id, version })) };
          return changed ? { next, result: null } : { next: null, result: null };
        },
        (): ClassWeek => ({ _id: id, schoolId, lessons: [], movedOut: [], version: 0 }),
      );
    }
    await this.noteTeachers(lessons);
  }

  /** Remembers which classes of a school each teacher (or substitute) has lessons in (a superset is harmless). */
  private async noteTeachers(lessons: WeekLesson[]): Promise<void> {
    const classes = new Map<string, Set<string>>();
    for (const lesson of lessons) {
      for (const teacherId of [lesson.teacherId, lesson.substituteTeacherId]) {
        if (!teacherId) continue;
        const id = `${teacherId}:${lesson.schoolId}`;
        if (!classes.has(id)) classes.set(id, new Set());
        classes.get(id)!.add(lesson.classId);
      }
    }
    for (const [id, classIds] of classes) {
      await this.teacherYears.change(
        id,
        (known) => {
          const added = [...classIds].filter((classId) => !known.classIds.includes(classId));
          return added.length > 0 ? { next: { ...known, classIds: [...known.classIds, ...added] }, result: null } : { next: null, result: null };
        },
        (): TeacherClasses => ({ _id: id, classIds: [], version: 0 }),
      );
    }
  }

  /** The lessons of a class of the school in a week (none when the class is another school's). */
  async classWeek(classId: string, schoolId: string, week: IsoDate): Promise<WeekLesson[]> {
    const found = await this.weeks.find(classWeekId(classId, week));
    return found && found.schoolId === schoolId ? found.lessons : [];
  }

  /** The class's lessons in every week touching the dates. */
  async classBetween(classId: string, schoolId: string, from: IsoDate, to: IsoDate): Promise<WeekLesson[]> {
    const weeks: IsoDate[] = [];
    for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
    const found = await Promise.all(weeks.map((week) => this.classWeek(classId, schoolId, week)));
    return found.flat().filter((lesson) => lesson.date >= from && lesson.date <= to);
  }

  /** A teacher's lessons in a week: by the timetable or as a substitute. */
  async teacherWeek(teacherId: string, schoolId: string, week: IsoDate): Promise<WeekLesson[]> {
    const known = await this.teacherYears.find(`${teacherId}:${schoolId}`);
    const weeks = await Promise.all((known?.classIds ?? []).map((classId) => this.classWeek(classId, schoolId, week)));
    return sorted(weeks.flat().filter((lesson) => lesson.teacherId === teacherId || lesson.substituteTeacherId === teacherId));
  }
}

function sorted<T extends WeekLesson>(lessons: T[]): T[] {
  return lessons.sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number || a.groupId.localeCompare(b.groupId));
}
