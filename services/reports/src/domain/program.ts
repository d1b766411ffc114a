import { thematicPlanKeys } from '@ejournal/school-rules';
import type { ClassWeek } from './class-week';
import { lessonStates } from './filling';

/**
 * An approved КТП's hours (from curriculum.thematic-plan.approved), by year, grade, subject and teacher
 * ('-' for the school's own): what the program of a class's subject is measured against (002 §3.6, 003 §4.2).
 */
export interface PlanHours {
  _id: string;
  version: number;
  schoolId: string;
  hours: number;
  planVersion: number;
}

export const blankPlanHours = (id: string, schoolId: string): PlanHours => ({ _id: id, version: 0, schoolId, hours: 0, planVersion: 0 });

/** A newer approval of the plan replaces its hours; the same or an older one changes nothing (null). */
export function withApprovedPlan(plan: PlanHours, hours: number, planVersion: number): PlanHours | null {
  if (plan.planVersion >= planVersion) return null;
  return { ...plan, hours, planVersion };
}

/**
 * How far a class's subject (or a group's) has got through its КТП by a date: lessons given by then
 * (held: ended, not cancelled), lessons still planned in the year after them, and how many the КТП's
 * hours want beyond both — the lessons the teacher must find (000 §9.1: «корректировка рабочих программ
 * для полноты её выполнения»). One lesson is one hour.
 */
export interface ProgramProgress {
  /** The КТП's hours for the year (0: no КТП approved). */
  planHours: number;
  given: number;
  left: number;
  /** The КТП's hours neither given nor planned (0 when the timetable covers the plan, or there is no plan). */
  short: number;
}

export function programProgress(page: { classId: string; groupId: string; subjectId: string }, yearWeeks: ClassWeek[], plans: Map<string, PlanHours>, klass: { yearId?: string; grade?: number }, by: string, now: Date, timeZone?: string): ProgramProgress {
  const stateOf = lessonStates(now, timeZone);
  let given = 0;
  let left = 0;
  const teachers = new Set<string>();
  for (const week of yearWeeks) {
    if (week.classId !== page.classId) continue;
    for (const line of week.lessons) {
      if (line.cancelled || line.subjectId !== page.subjectId || line.groupId !== page.groupId) continue;
      if (line.teacherId) teachers.add(line.teacherId);
      if (line.date <= by && stateOf(line).held) given++;
      else left++;
    }
  }
  const planHours = planHoursOf(plans, klass, [...teachers].sort(), page.subjectId);
  return { planHours, given, left, short: planHours > 0 ? Math.max(0, Math.ceil(planHours) - given - left) : 0 };
}

/**
 * The КТП that applies to a class's subject, as the journal picks its topics: a teacher's own (of those
 * who give its lessons), else the school's for the grade; 0 hours when none is approved.
 */
export function planHoursOf(plans: Map<string, PlanHours>, klass: { yearId?: string; grade?: number }, teacherIds: string[], subjectId: string): number {
  if (!klass.yearId || !klass.grade) return 0;
  const keys = [...teacherIds, ''].flatMap((teacherId) => thematicPlanKeys({ yearId: klass.yearId, grade: klass.grade!, teacherId }, subjectId).slice(0, 1));
  for (const key of keys) {
    const plan = plans.get(key);
    if (plan && plan.planVersion > 0) return plan.hours;
  }
  return 0;
}
