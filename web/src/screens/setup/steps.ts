// The steps of the year's set-up, what each step reads, and the finding codes each step fixes.
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useOutcome } from '../../api/outcome';
import type { Curriculum, Finding, LoadAssignment, SchoolYear, StaffMember, ThematicPlan, YearClass } from '../../api/setup';

export const STEPS = [
  { key: 'classes', title: 'Классы и группы' },
  { key: 'people', title: 'Ученики и сотрудники' },
  { key: 'curriculum', title: 'Учебный план' },
  { key: 'load', title: 'Нагрузка учителей' },
  { key: 'timetable', title: 'Расписание и уроки' },
  { key: 'plans', title: 'КТП' },
  { key: 'inspection', title: 'Электронный инспектор' },
] as const;

export type StepKey = (typeof STEPS)[number]['key'];

/** The step where what the inspector found is fixed. */
const FIXED_IN: Record<string, StepKey> = {
  NO_CLASS_TEACHER: 'classes',
  STUDENT_WITHOUT_GROUP: 'classes',
  CURRICULUM_MISSING: 'curriculum',
  CURRICULUM_NOT_APPROVED: 'curriculum',
  LOAD_HOURS: 'load',
  TIMETABLE_HOURS: 'timetable',
  TEACHER_DOUBLE_BOOKED: 'timetable',
  ROOM_DOUBLE_BOOKED: 'timetable',
  THEMATIC_PLAN_MISSING: 'plans',
  THEMATIC_PLAN_HOURS: 'plans',
};

export const stepOfFinding = (finding: Finding): StepKey => FIXED_IN[finding.code] ?? 'inspection';
export const stepTitle = (key: StepKey) => STEPS.find((step) => step.key === key)!.title;

export interface SetupContext {
  schoolId: string;
  /** The school's administrator (people, groups' members, closing periods); a deputy director sets up the rest. */
  administrator: boolean;
  year: SchoolYear;
  classes: YearClass[];
  staff: StaffMember[];
  subjects: Array<{ id: string; name: string }>;
  /** Each grade's curriculum; null while the grade has none. */
  curricula: Map<number, Curriculum | null>;
  load: LoadAssignment[];
  plans: ThematicPlan[];
  findings: Finding[];
  onDate: string;
}

/** Names the set-up's steps show for ids. */
export function namesOf(context: SetupContext) {
  const subjects = new Map(context.subjects.map((subject) => [subject.id, subject.name]));
  const staff = new Map(context.staff.map((member) => [member.id, member.name]));
  const classes = new Map(context.classes.map((schoolClass) => [schoolClass.id, schoolClass]));
  return {
    subject: (id: string) => subjects.get(id) ?? id,
    teacher: (id: string) => (id ? staff.get(id) ?? 'сотрудник не найден' : ''),
    className: (id: string) => classes.get(id)?.name ?? 'класс',
    group: (classId: string, groupId: string) => classes.get(classId)?.groups.find((group) => group.id === groupId)?.name ?? '',
    /** A server's text with the staff's ids (the inspector names teachers by id) replaced by their names. */
    text: (message: string) => message.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, (id) => staff.get(id.toLowerCase()) ?? id),
  };
}

/**
 * A change sent to the API, then the set-up's data it makes stale asked again (the inspector's
 * findings always): the step shows what the server said, done or refused (useOutcome).
 */
export function useChange(yearId: string) {
  const queries = useQueryClient();
  const outcome = useOutcome();
  const send = <T>(path: string, method: string, body: unknown, done: string | ((answer: T) => string), stale: unknown[][]): Promise<T | undefined> =>
    outcome.attempt(async () => {
      const answer = await api<T>(path, { method, body });
      await Promise.all([...stale, ['inspection', yearId]].map((queryKey) => queries.invalidateQueries({ queryKey })));
      return answer;
    }, done);
  return { send, message: outcome.message, error: outcome.error, refuse: outcome.refuse };
}
