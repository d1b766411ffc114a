import type { attendanceV1, curriculumV1, EventEnvelope, EventType, gradebookV1, identityV1 } from '@ejournal/contracts';
import { Conflict, type EventHandler, type VersionedDocuments } from '@ejournal/kit';
import { filedInClassPeriod, filedInClassWeek, weekOf, withAbsence, withFinal, withLessonFacts, withLessonsFacts, withLessonRecord, withMark, withoutLesson, withPlacements, type ClassWeek, type DiaryMark, fullName, type StaffName, type StudentFinals, type StudentPeriod, type StudentPlaces, type StudentWeek } from '../domain/diary';
import type { Pseudonyms } from '../domain/pseudonym';
import { lessonFacts, lessonRecord } from './lesson-facts';
import type { ExportSchedule } from '../export/export-schedule';
import type { DiaryStore } from '../store/diary.store';

export const DIARY_EVENTS = [
  'curriculum.enrolment.changed',
  'curriculum.lessons.planned',
  'curriculum.lesson.changed',
  'curriculum.lesson.cancelled',
  'curriculum.lesson.substituted',
  'gradebook.lesson.recorded',
  'gradebook.mark.set',
  'gradebook.mark.changed',
  'gradebook.mark.removed',
  'gradebook.final.set',
  'attendance.absence.recorded',
  'attendance.absence.corrected',
  'curriculum.year.opened',
  'curriculum.year.transitioned',
  'curriculum.subject.added',
  'identity.staff.named',
] as const satisfies readonly EventType[];
type DiaryEvent = (typeof DIARY_EVENTS)[number];

/** Applies a pure, order-proof change to a document (created blank when missing). */
async function apply<T extends { _id: string; version: number }>(documents: VersionedDocuments<T>, id: string, blank: () => T, change: (document: T) => T | null): Promise<void> {
  await documents.change(id, (document) => {
    const next = change(document);
    return next ? { next, result: null } : { next: null, result: null };
  }, blank);
}

const blankWeek = (id: string) => (): ClassWeek => ({ _id: id, lessons: [], version: 0 });
const blankStudentWeek = (id: string) => (): StudentWeek => ({ _id: id, marks: [], absences: [], version: 0 });

/** The diary's read models, kept from curriculum, gradebook and attendance. */
export function keepDiary(store: DiaryStore, pseudonyms: Pseudonyms, schedule: ExportSchedule): EventHandler<DiaryEvent> {
  const putClassWeek = (id: string, change: (week: ClassWeek) => ClassWeek | null) => apply(store.classWeeks, id, blankWeek(id), change);
  const putLesson = async (lesson: curriculumV1.Lesson__Output, previousDate = '') => {
    const facts = lessonFacts(lesson);
    const id = `${lesson.classId}:${weekOf(lesson.date)}`;
    const moved = previousDate && weekOf(previousDate) !== weekOf(lesson.date) ? `${lesson.classId}:${weekOf(previousDate)}` : '';
    // A moved lesson takes what was recorded on it to its new week.
    const before = moved ? (await store.classWeeks.find(moved))?.lessons.find((entry) => entry.lessonId === lesson.id) : undefined;
    await putClassWeek(id, (week) => {
      const withFacts = withLessonFacts(week, facts);
      if (!withFacts || before?.recordVersion === undefined) return withFacts;
      const { topic = '', homework = '', noHomework = false, individualHomework = [], files = [], recordVersion } = before;
      return withLessonRecord(withFacts, lesson.id, lesson.date, { topic, homework, noHomework, individualHomework, files, recordVersion }) ?? withFacts;
    });
    if (moved) await putClassWeek(moved, (week) => withoutLesson(week, lesson.id, facts.lessonVersion));
  };

  const putMark = async (fact: gradebookV1.MarkFact__Output) => {
    const key = pseudonyms.of(fact.studentId);
    const mark: DiaryMark = { markId: fact.markId, lessonId: fact.lessonId, subjectId: fact.subjectId, periodId: fact.periodId, date: fact.date, values: fact.values, passFail: fact.passFail, workKind: fact.workKind, weight: fact.weight, removed: fact.removed, revision: fact.revision, comment: fact.comment };
    const weekId = `${key}:${weekOf(fact.date)}`;
    const periodId = `${key}:${fact.periodId}`;
    // Two documents, each order-proof on its own: written side by side.
    await Promise.all([
      apply(store.studentWeeks, weekId, blankStudentWeek(weekId), (week) => filedInClassWeek(withMark(week, mark), fact.classId, weekOf(fact.date))),
      apply(store.studentPeriods, periodId, (): StudentPeriod => ({ _id: periodId, marks: [], version: 0 }), (period) => filedInClassPeriod(withMark(period, mark), fact.classId, fact.periodId)),
    ]);
  };

  return async (event: EventEnvelope<DiaryEvent>) => {
    switch (event.type) {
      case 'curriculum.year.opened': {
        const year = event.payload as curriculumV1.YearOpened__Output;
        return schedule.remember({ yearId: year.yearId, schoolId: event.schoolId, startsOn: year.startsOn, endsOn: year.endsOn });
      }
      // 001 §9.2.2: a full export after the year transition, for the new year.
      case 'curriculum.year.transitioned': {
        const transition = event.payload as curriculumV1.YearTransitioned__Output;
        await schedule.run(event.schoolId, transition.toYearId, 'year transition');
        return;
      }
      case 'curriculum.enrolment.changed': {
        const change = event.payload as curriculumV1.EnrolmentChanged__Output;
        const key = pseudonyms.of(change.studentId);
        const placements = change.placements.map(({ classId, groupId, from, until }) => ({ classId, groupId, from, until }));
        return apply(store.places, key, (): StudentPlaces => ({ _id: key, years: [], version: 0 }), (places) => withPlacements(places, change.yearId, event.schoolId, event.aggregateVersion, placements));
      }
      case 'curriculum.lessons.planned': {
        const lessons = (event.payload as curriculumV1.LessonsPlanned__Output).lessons;
        const byWeek = new Map<string, curriculumV1.Lesson__Output[]>();
        for (const lesson of lessons) byWeek.set(`${lesson.classId}:${weekOf(lesson.date)}`, [...(byWeek.get(`${lesson.classId}:${weekOf(lesson.date)}`) ?? []), lesson]);
        for (const [id, weekLessons] of byWeek) {
          await putClassWeek(id, (week) => withLessonsFacts(week, weekLessons.map(lessonFacts)));
        }
        return;
      }
      case 'curriculum.lesson.changed':
      case 'curriculum.lesson.cancelled':
      case 'curriculum.lesson.substituted': {
        const { lesson, previousDate } = event.payload as curriculumV1.LessonChanged__Output;
        if (lesson) await putLesson(lesson, previousDate ?? '');
        return;
      }
      case 'gradebook.lesson.recorded': {
        const record = event.payload as gradebookV1.LessonRecorded__Output;
        const id = `${record.classId}:${weekOf(record.date)}`;
        return putClassWeek(id, (week) =>
          withLessonRecord(week, record.lessonId, record.date, lessonRecord(record, record.version, pseudonyms)),
        );
      }
      case 'gradebook.mark.set':
      case 'gradebook.mark.changed':
      case 'gradebook.mark.removed':
        return putMark(event.payload as gradebookV1.MarkFact__Output);
      case 'gradebook.final.set': {
        const final = event.payload as gradebookV1.FinalSet__Output;
        const key = pseudonyms.of(final.studentId);
        return apply(store.finals, key, (): StudentFinals => ({ _id: key, finals: [], version: 0 }), (finals) =>
          withFinal(finals, { subjectId: final.subjectId, periodId: final.periodId, kind: final.kind || 'period', value: final.value, pageVersion: event.aggregateVersion, notAttested: final.notAttested }),
        );
      }
      // Names the families see: teachers (not pupils' data) and the school's own subjects.
      case 'identity.staff.named': {
        const named = event.payload as identityV1.StaffNamed__Output;
        const name = fullName(named);
        return apply(store.staffNames, named.personId, (): StaffName => ({ _id: named.personId, name: '', nameVersion: 0, version: 0 }), (current) => (current.nameVersion >= event.aggregateVersion ? null : { ...current, name, nameVersion: event.aggregateVersion }));
      }
      case 'curriculum.subject.added': {
        const subject = event.payload as curriculumV1.SubjectAdded__Output;
        await store.subjectNames.insert({ _id: subject.subjectId, name: subject.name, version: 1 }).catch((error: unknown) => {
          if (!(error instanceof Conflict)) throw error;
        });
        return;
      }
      case 'attendance.absence.recorded':
      case 'attendance.absence.corrected': {
        const absence = event.payload as attendanceV1.AbsenceFact__Output;
        const id = `${pseudonyms.of(absence.studentId)}:${weekOf(absence.date)}`;
        return apply(store.studentWeeks, id, blankStudentWeek(id), (week) => filedInClassWeek(withAbsence(week, { lessonId: absence.lessonId, code: absence.code, revision: absence.revision }), absence.classId, weekOf(absence.date)));
      }
    }
  };
}
