import { lessonRecordDue, localDateTime } from '@ejournal/school-rules';
import type { ClassWeek, LessonLine } from './class-week';

/** What filling control says of one lesson at a moment: held or not, and what is missing past its deadline. */
export interface LessonState {
  held: boolean;
  withoutTopic: boolean;
  withoutHomework: boolean;
  recordedLate: boolean;
}

/**
 * Judges lessons at one moment (the local time found once, each day's deadline once: a school's filling
 * control judges thousands). A lesson is held once it has ended (its day, at its end, or at the day's end when its times are not
 * known) and was not cancelled. Its topic and homework are missing only once the deadline has passed:
 * the system shows what is late and blocks nothing (DOMAIN: «should show what is late, not block it»).
 */
export function lessonStates(now: Date, timeZone?: string): (line: LessonLine) => LessonState {
  const { date, time } = localDateTime(now, timeZone);
  const deadlines = new Map<string, number>();
  const deadlineOf = (day: string) => {
    let deadline = deadlines.get(day);
    if (deadline === undefined) deadlines.set(day, (deadline = lessonRecordDue(day, timeZone).getTime()));
    return deadline;
  };
  return (line) => {
    const held = !line.cancelled && line.date !== '' && (line.date < date || (line.date === date && time >= (line.endsAt || '23:59')));
    const overdue = held && now.getTime() > deadlineOf(line.date);
    return {
      held,
      withoutTopic: overdue && !line.topic,
      withoutHomework: overdue && !line.homework,
      recordedLate: held && line.topic && line.topicAt !== '' && Date.parse(line.topicAt) > deadlineOf(line.date),
    };
  };
}

export interface FillingTally {
  lessonsHeld: number;
  withoutTopic: number;
  withoutHomework: number;
  recordedLate: number;
}

const emptyTally = (): FillingTally => ({ lessonsHeld: 0, withoutTopic: 0, withoutHomework: 0, recordedLate: 0 });

function add(tally: FillingTally, state: LessonState): void {
  if (!state.held) return;
  tally.lessonsHeld++;
  if (state.withoutTopic) tally.withoutTopic++;
  if (state.withoutHomework) tally.withoutHomework++;
  if (state.recordedLate) tally.recordedLate++;
}

export interface FillingFigures {
  byTeacher: Map<string, FillingTally>;
  /** Keyed by `classId|groupId|subjectId`; with the period of the page's last lesson in the interval (its pupils' marks are counted there). */
  byClassSubject: Map<string, FillingTally & { classId: string; groupId: string; subjectId: string; periodId: string; lastDate: string }>;
  total: FillingTally;
  /** Held lessons with something missing past the deadline, oldest first. */
  openLessons: Array<{ classId: string; line: LessonLine; missing: Array<'topic' | 'homework'> }>;
  /** Per week (Monday): teachers with held lessons, and of them those with every topic written by the deadline. */
  weeks: Map<string, { teachers: Set<string>; late: Set<string> }>;
}

/** Filling control's figures over the lessons of [from, to] in the given class weeks (002 §3.6, 003 §4.2). */
export function fillingFigures(weeks: ClassWeek[], range: { from: string; to: string }, now: Date, timeZone?: string): FillingFigures {
  const figures: FillingFigures = { byTeacher: new Map(), byClassSubject: new Map(), total: emptyTally(), openLessons: [], weeks: new Map() };
  const stateOf = lessonStates(now, timeZone);
  for (const week of weeks) {
    for (const line of week.lessons) {
      if (line.date < range.from || line.date > range.to) continue;
      const state = stateOf(line);
      if (!state.held) continue;
      const teacher = line.teacherId || '';
      if (!figures.byTeacher.has(teacher)) figures.byTeacher.set(teacher, emptyTally());
      add(figures.byTeacher.get(teacher)!, state);
      const key = `${week.classId}|${line.groupId}|${line.subjectId}`;
      if (!figures.byClassSubject.has(key)) figures.byClassSubject.set(key, { ...emptyTally(), classId: week.classId, groupId: line.groupId, subjectId: line.subjectId, periodId: '', lastDate: '' });
      const page = figures.byClassSubject.get(key)!;
      add(page, state);
      if (line.date >= page.lastDate && line.periodId) Object.assign(page, { periodId: line.periodId, lastDate: line.date });
      add(figures.total, state);
      const missing = [...(state.withoutTopic ? (['topic'] as const) : []), ...(state.withoutHomework ? (['homework'] as const) : [])];
      if (missing.length > 0) figures.openLessons.push({ classId: week.classId, line, missing });
      const share = figures.weeks.get(week.week) ?? { teachers: new Set<string>(), late: new Set<string>() };
      figures.weeks.set(week.week, share);
      share.teachers.add(teacher);
      if (state.withoutTopic || state.recordedLate) share.late.add(teacher);
    }
  }
  figures.openLessons.sort((a, b) => a.line.date.localeCompare(b.line.date) || a.classId.localeCompare(b.classId));
  return figures;
}

/** The share of teachers who kept the journal on time in each week (every topic by its deadline). */
export function onTimeShares(figures: FillingFigures): Array<{ week: string; teachers: number; onTime: number; share: number }> {
  return [...figures.weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, { teachers, late }]) => ({ week, teachers: teachers.size, onTime: teachers.size - late.size, share: teachers.size === 0 ? 0 : Number(((teachers.size - late.size) / teachers.size).toFixed(3)) }));
}

/**
 * (held − without topic) / held; 0 when nothing was held — a school that holds no lesson in its journal
 * keeps it worst of all, not best.
 */
export function filledShare(tally: Pick<FillingTally, 'lessonsHeld' | 'withoutTopic'>): number {
  return tally.lessonsHeld === 0 ? 0 : Number(((tally.lessonsHeld - tally.withoutTopic) / tally.lessonsHeld).toFixed(3));
}

export interface SchoolFillingRow extends FillingTally {
  municipality: string;
  unclosedPeriods: string[];
}

/** The region's figures by municipality (001 §9): schools, lessons held and without a topic, schools with unclosed periods. */
export function byMunicipality(rows: SchoolFillingRow[]): Array<{ municipality: string; schools: number; lessonsHeld: number; withoutTopic: number; filledShare: number; schoolsWithUnclosedPeriods: number }> {
  const groups = new Map<string, SchoolFillingRow[]>();
  for (const row of rows) {
    const group = groups.get(row.municipality) ?? [];
    group.push(row);
    groups.set(row.municipality, group);
  }
  return [...groups.entries()].map(([municipality, of]) => {
    const lessonsHeld = of.reduce((sum, row) => sum + row.lessonsHeld, 0);
    const withoutTopic = of.reduce((sum, row) => sum + row.withoutTopic, 0);
    return { municipality, schools: of.length, lessonsHeld, withoutTopic, filledShare: filledShare({ lessonsHeld, withoutTopic }), schoolsWithUnclosedPeriods: of.filter((row) => row.unclosedPeriods.length > 0).length };
  });
}

/** Pupils of a page with no mark and with one mark in the period (002 §3.6: «доля учащихся без отметок, с одной отметкой»). */
export function pupilsByMarkCount(pupils: string[], counted: Map<string, number>): { withoutMarks: number; withOneMark: number } {
  let withoutMarks = 0;
  let withOneMark = 0;
  for (const pupil of pupils) {
    const count = counted.get(pupil) ?? 0;
    if (count === 0) withoutMarks++;
    else if (count === 1) withOneMark++;
  }
  return { withoutMarks, withOneMark };
}
