import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import type { EventHandler } from '@ejournal/kit';
import { classMonthId, withLesson, type ClassMonth } from '../domain/class-month';
import { unknownPeriod, withClosure } from '../domain/period-closure';
import type { AttendanceStore, SchoolClock } from '../store/attendance.store';

export const CURRICULUM_EVENTS = ['curriculum.lessons.planned', 'curriculum.lesson.changed', 'curriculum.lesson.cancelled', 'curriculum.lesson.substituted', 'curriculum.enrolment.changed', 'curriculum.school.settings-changed', 'curriculum.period.closed', 'curriculum.period.reopened'] as const;
type CurriculumEvent = (typeof CURRICULUM_EVENTS)[number];

/**
 * Attendance's read models of curriculum: lessons (with their periods) on their class-month sheets, class
 * rosters, the school's time zone, and which periods are closed. Newer versions only.
 */
export function keepCurriculum(store: AttendanceStore): EventHandler<CurriculumEvent> {
  const putLessons = async (lessons: curriculumV1.Lesson__Output[]) => {
    const bySheet = new Map<string, curriculumV1.Lesson__Output[]>();
    for (const lesson of lessons) bySheet.set(classMonthId(lesson.classId, lesson.date), [...(bySheet.get(classMonthId(lesson.classId, lesson.date)) ?? []), lesson]);
    for (const [sheetId, sheetLessons] of bySheet) {
      const first = sheetLessons[0];
      await store.sheets.change(
        sheetId,
        (sheet) => {
          let next: ClassMonth = sheet;
          for (const lesson of sheetLessons) {
            next =
              withLesson(next, { lessonId: lesson.id, date: lesson.date, number: lesson.number, subjectId: lesson.subjectId, teacherId: lesson.teacherId, substituteTeacherId: lesson.substituteTeacherId, status: lesson.status, lessonVersion: Number(lesson.version), startsAt: lesson.startsAt, periodId: lesson.periodId }) ?? next;
          }
          return next === sheet ? { next: null, result: null } : { next, result: null };
        },
        (): ClassMonth => ({ _id: sheetId, schoolId: first.schoolId, classId: first.classId, month: first.date.slice(0, 7), lessons: [], absences: [], version: 0 }),
      );
      await store.placeLessons(sheetLessons.map((lesson) => ({ lessonId: lesson.id, sheetId })));
    }
  };

  return async (event: EventEnvelope<CurriculumEvent>) => {
    if (event.type === 'curriculum.enrolment.changed') return store.rosters.apply(event.payload as curriculumV1.EnrolmentChanged__Output, event.aggregateVersion);
    if (event.type === 'curriculum.school.settings-changed') {
      const { schoolId, settings } = event.payload as curriculumV1.SchoolSettingsChanged__Output;
      if (!settings) return;
      const settingsVersion = Number(settings.version);
      await store.clocks.change(
        schoolId,
        (clock) => (clock.settingsVersion >= settingsVersion ? { next: null, result: null } : { next: { ...clock, timeZone: settings.timeZone, settingsVersion }, result: null }),
        (): SchoolClock => ({ _id: schoolId, timeZone: '', settingsVersion: 0, version: 0 }),
      );
      return;
    }
    // A closed period's absences change only through the administrator (004 §4.1); reopened, they do
    // again. The year's version orders closings and reopenings: a late or repeated one changes nothing.
    if (event.type === 'curriculum.period.closed' || event.type === 'curriculum.period.reopened') {
      const { period } = event.payload as curriculumV1.PeriodClosed__Output;
      if (!period) return;
      const closedOn = event.type === 'curriculum.period.closed' ? period.closedOn || event.occurredAt.toISOString().slice(0, 10) : '';
      await store.periods.change(
        period.id,
        (current) => {
          const next = withClosure(current, { name: period.name, scheme: period.scheme, closedOn }, event.aggregateVersion);
          return { next, result: null };
        },
        () => unknownPeriod(period.id),
      );
      return;
    }
    if (event.type === 'curriculum.lessons.planned') return putLessons((event.payload as curriculumV1.LessonsPlanned__Output).lessons);
    const lesson = (event.payload as curriculumV1.LessonChanged__Output).lesson;
    if (lesson) await putLessons([lesson]);
  };
}
