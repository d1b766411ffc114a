import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import type { Curriculum } from './curriculum';
import { derivedId, isUuid } from './ids';
import { annualHours, type SchoolSettings } from './settings';

export interface Topic {
  number: number;
  title: string;
  hours: number;
}

/** A calendar-thematic plan (КТП) of a subject in a grade, optionally a teacher's own. */
export interface ThematicPlan {
  _id: string;
  schoolId: string;
  yearId: string;
  grade: number;
  subjectId: string;
  teacherId: string;
  topics: Topic[];
  status: 'draft' | 'approved';
  version: number;
}

/** One plan per year, grade, subject and teacher (or none): its id derives from them. */
export const thematicPlanId = (yearId: string, grade: number, subjectId: string, teacherId: string) => derivedId(`thematic-plan:${yearId}:${grade}:${subjectId}:${teacherId || '-'}`);

export function totalHours(topics: Topic[]): number {
  return Math.round(topics.reduce((sum, topic) => sum + topic.hours, 0) * 100) / 100;
}

export function validateTopics(topics: Array<{ title?: string; hours?: number }>, teacherId: string): Topic[] {
  const violations: Record<string, string> = {};
  if (teacherId && !isUuid(teacherId)) violations.teacherId = 'идентификатор учителя';
  if (topics.length === 0) violations.topics = 'в плане нет тем';
  const result = topics.map((topic, index) => {
    const title = (topic.title ?? '').replace(/\s+/g, ' ').trim();
    if (!title || title.length > 500) violations[`topics[${index}].title`] = `тема ${index + 1}: название от 1 до 500 символов`;
    const hours = topic.hours ?? 0;
    if (!(hours > 0 && hours <= 100 && Number.isInteger(hours * 2))) violations[`topics[${index}].hours`] = `тема ${index + 1}: часов от 0,5 до 100, а дано ${hours}`;
    return { number: index + 1, title, hours };
  });
  if (Object.keys(violations).length > 0) throw new InvalidArgument(`КТП не сохранено: ${Object.values(violations).join('; ')}`, violations);
  return result;
}

/**
 * A teacher's own plan is of a grade and subject the year's load gives them (003 §4.2: the plan of the
 * teacher's own lessons); the school's plan (no teacher) is of any. `gradeOf` tells a class's grade.
 */
export function ensureTaught(teacherId: string, grade: number, subjectId: string, assignments: Array<{ teacherId: string; subjectId: string; classId: string }>, gradeOf: (classId: string) => number | undefined): void {
  if (!teacherId) return;
  if (assignments.some((assignment) => assignment.teacherId === teacherId && assignment.subjectId === subjectId && gradeOf(assignment.classId) === grade)) return;
  throw new FailedPrecondition(`КТП не сохранено: по нагрузке этого года учитель не ведёт этот предмет в ${grade} классах`);
}

/** Hours the curriculum gives the plan's subject in the year; undefined when the curriculum lacks the subject. */
export function curriculumHoursOf(plan: Pick<ThematicPlan, 'grade' | 'subjectId'>, curriculum: Curriculum | null, settings: SchoolSettings): number | undefined {
  const line = curriculum?.lines.find((candidate) => candidate.subjectId === plan.subjectId);
  return line ? annualHours(settings, plan.grade, line.hoursPerWeek) : undefined;
}

/** The plan with new topics: a changed plan needs approving again. */
export function reviseThematicPlan(plan: ThematicPlan, topics: Topic[]): ThematicPlan {
  return { ...plan, topics, status: 'draft' };
}

/** A КТП is approved only when its hours equal the curriculum's (003 §4.2, 004 §4.2.5). */
export function approveThematicPlan(plan: ThematicPlan, curriculum: Curriculum | null, settings: SchoolSettings): ThematicPlan {
  if (plan.status === 'approved') throw new FailedPrecondition('КТП уже утверждено');
  const expected = curriculumHoursOf(plan, curriculum, settings);
  if (expected === undefined) throw new FailedPrecondition(`в учебном плане ${plan.grade} классов нет этого предмета: КТП не с чем сверить`);
  const total = totalHours(plan.topics);
  if (total !== expected) throw new FailedPrecondition(`КТП не утверждено: в нём ${total} ч, а по учебному плану ${expected} ч`);
  return { ...plan, status: 'approved' };
}
