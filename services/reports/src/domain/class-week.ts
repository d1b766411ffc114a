import { effectiveTeacher, mondayOf } from '@ejournal/school-rules';
import { later } from './moments';

/**
 * One lesson as filling control sees it: when it is, whose it is, and whether its topic and homework
 * were written (and when the topic first was). Two owners tell of it: curriculum plans it (planVersion:
 * the lesson's version) and the gradebook records it (recordVersion: the record's version); each part
 * changes only with a newer version of its own, so events may come twice or out of order.
 */
export interface LessonLine {
  lessonId: string;
  periodId: string;
  groupId: string;
  subjectId: string;
  /** Who gives the lesson: the substitute when there is one (000 §9.1). */
  teacherId: string;
  date: string;
  /** ЧЧ:ММ, '' when not known yet. */
  endsAt: string;
  cancelled: boolean;
  planVersion: number;
  topic: boolean;
  homework: boolean;
  /** When the topic was first written (RFC 3339), '' while it is not. */
  topicAt: string;
  recordVersion: number;
}

/** A class's lessons of one week (Monday to Sunday): the unit filling control reads and the consumers write. */
export interface ClassWeek {
  _id: string;
  version: number;
  schoolId: string;
  classId: string;
  /** The week's Monday. */
  week: string;
  lessons: LessonLine[];
  /** The latest event the week holds (RFC 3339). */
  asOf: string;
}

export function classWeekId(classId: string, date: string): string {
  return `${classId}:${mondayOf(date)}`;
}

export function blankClassWeek(schoolId: string, classId: string, date: string): ClassWeek {
  return { _id: classWeekId(classId, date), version: 0, schoolId, classId, week: mondayOf(date), lessons: [], asOf: '' };
}

/** A lesson as curriculum tells of it (planned, changed, cancelled, substituted). */
export interface PlannedLesson {
  id: string;
  periodId: string;
  groupId: string;
  subjectId: string;
  teacherId: string;
  substituteTeacherId: string;
  date: string;
  endsAt: string;
  status: string;
  version: number;
}

const blankLine = (lessonId: string): LessonLine => ({ lessonId, periodId: '', groupId: '', subjectId: '', teacherId: '', date: '', endsAt: '', cancelled: false, planVersion: 0, topic: false, homework: false, topicAt: '', recordVersion: 0 });

function put(week: ClassWeek, line: LessonLine, at: string): ClassWeek {
  return { ...week, lessons: [...week.lessons.filter((item) => item.lessonId !== line.lessonId), line].sort((a, b) => a.date.localeCompare(b.date) || a.lessonId.localeCompare(b.lessonId)), asOf: later(at, week.asOf) };
}

/** The week with the lesson as planned now; null when it already holds this version or a newer one. */
export function withPlannedLesson(week: ClassWeek, lesson: PlannedLesson, at: string): ClassWeek | null {
  const current = week.lessons.find((line) => line.lessonId === lesson.id);
  if (current && current.planVersion >= lesson.version) return null;
  const line: LessonLine = {
    ...(current ?? blankLine(lesson.id)),
    periodId: lesson.periodId,
    groupId: lesson.groupId,
    subjectId: lesson.subjectId,
    teacherId: effectiveTeacher({ teacherId: lesson.teacherId, substituteTeacherId: lesson.substituteTeacherId }),
    date: lesson.date,
    endsAt: lesson.endsAt,
    cancelled: lesson.status === 'cancelled',
    planVersion: lesson.version,
  };
  return put(week, line, at);
}

/**
 * The week without a lesson that moved to another week. Its record moves with it (the caller passes
 * the line it took out to the new week); null when the week does not hold it or holds a newer plan.
 */
export function withoutMovedLesson(week: ClassWeek, lessonId: string, version: number): { next: ClassWeek; line: LessonLine } | null {
  const line = week.lessons.find((item) => item.lessonId === lessonId);
  if (!line || line.planVersion >= version) return null;
  return { next: { ...week, lessons: week.lessons.filter((item) => item.lessonId !== lessonId) }, line };
}

/** A lesson as the gradebook records it (gradebook.lesson.recorded). */
export interface RecordedLesson {
  lessonId: string;
  groupId: string;
  subjectId: string;
  teacherId: string;
  date: string;
  topic: string;
  homework: string;
  noHomework: boolean;
  version: number;
}

/**
 * The week with the lesson's record: topic and homework written or not («без задания» counts as
 * written: 000 §9.1), and when the topic was first written (for «внесено с опозданием»).
 */
export function withRecordedLesson(week: ClassWeek, record: RecordedLesson, at: string): ClassWeek | null {
  const current = week.lessons.find((line) => line.lessonId === record.lessonId);
  if (current && current.recordVersion >= record.version) return null;
  const base = current ?? { ...blankLine(record.lessonId), groupId: record.groupId, subjectId: record.subjectId, teacherId: record.teacherId, date: record.date };
  const topic = record.topic.trim() !== '';
  const line: LessonLine = {
    ...base,
    topic,
    homework: record.homework.trim() !== '' || record.noHomework,
    topicAt: topic ? base.topicAt || at : '',
    recordVersion: record.version,
  };
  return put(week, line, at);
}
