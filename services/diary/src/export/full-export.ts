import { isServiceError, type Logger, type VersionedDocuments } from '@ejournal/kit';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { addDays, weekOf, withAbsence, withLessonRecord, withLessonsFacts, withMark, withPlacements, type ClassWeek, type DiaryMark, type StudentPeriod, type StudentPlaces, type StudentWeek } from '../domain/diary';
import type { Pseudonyms } from '../domain/pseudonym';
import { lessonFacts, lessonRecord } from '../events/lesson-facts';
import type { DiaryStore } from '../store/diary.store';
import type { Sources } from './sources';


/** What an export counted, and what it could not do (in words for the administrator). */
export interface ExportCounts {
  classes: number;
  students: number;
  lessons: number;
  marks: number;
  absences: number;
  mismatches: number;
  repaired: number;
  errors: Array<{ what: string; reason: string }>;
}

export const blankReport = (): ExportCounts => ({ classes: 0, students: 0, lessons: 0, marks: 0, absences: 0, mismatches: 0, repaired: 0, errors: [] });

/** Where a job stands: classes already done (a job taken over goes on after them), and who hears of progress. */
export interface ExportProgress {
  done: Set<string>;
  counts: ExportCounts;
  onTotal(classes: number): Promise<void>;
  onClassDone(classId: string, counts: ExportCounts): Promise<void>;
}

/** What the report says of a failure: the source's own words for what the caller can act on, never a raw internal error. */
function reasonOf(error: unknown, logger: Logger, what: string): string {
  const readable = [GrpcStatus.NOT_FOUND, GrpcStatus.INVALID_ARGUMENT, GrpcStatus.FAILED_PRECONDITION, GrpcStatus.PERMISSION_DENIED];
  if (isServiceError(error) && readable.includes(error.code)) return error.details;
  if (isServiceError(error) && (error.code === GrpcStatus.UNAVAILABLE || error.code === GrpcStatus.DEADLINE_EXCEEDED)) return 'служба-источник недоступна; повторите выгрузку позже';
  logger.warn('diary export step failed', { what, error: (error as Error).message });
  return 'внутренняя ошибка; подробности в журнале службы дневника';
}

/**
 * The full export (000 §5, 001 §9.2.2): rebuilds a school year's diary from the owning services and
 * compares it with what the events built. Each difference is repaired with the same order-proof rules
 * the events use (a newer source version replaces an older copy), so the diary keeps answering while it
 * runs and a repair never undoes a newer event. The report counts what was processed and repaired.
 * Class by class: progress is reported after each, and a resumed run skips the classes done.
 */
export async function runFullExport(
  store: DiaryStore,
  pseudonyms: Pseudonyms,
  sources: Sources,
  request: { schoolId: string; yearId: string; from: string; to: string },
  progress: ExportProgress,
  logger: Logger,
): Promise<ExportCounts> {
  const report: ExportCounts = { ...progress.counts, errors: [...progress.counts.errors] };
  /** Applies a repair; counts it when the diary differed from the source. */
  const repair = async <T extends { _id: string; version: number }>(documents: VersionedDocuments<T>, id: string, blank: () => T, change: (document: T) => T | null) => {
    const changed = await documents.change(id, (document) => {
      const next = change(document);
      return next ? { next, result: true } : { next: null, result: false };
    }, blank);
    if (changed) {
      report.mismatches++;
      report.repaired++;
    }
  };
  const attempt = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      report.errors.push({ what, reason: reasonOf(error, logger, what) });
    }
  };

  const year = await sources.year(request.yearId);
  const from = request.from && request.from > year.startsOn ? request.from : year.startsOn;
  const to = request.to && request.to < year.endsOn ? request.to : year.endsOn;
  const classes = (await sources.classes(request.yearId)).classes;
  const classIds = new Set(classes.map((schoolClass) => schoolClass.id));
  const seen = new Set<string>();
  await progress.onTotal(classes.length);

  for (const schoolClass of classes) {
    if (progress.done.has(schoolClass.id)) continue;
    report.classes++;
    const students = new Set<string>();
    await attempt(`класс ${schoolClass.name}: список`, async () => {
      for (let date = from; date <= to; date = addDays(date, 28)) for (const studentId of (await sources.roster(schoolClass.id, date)).studentIds) students.add(studentId);
      for (const studentId of (await sources.roster(schoolClass.id, to)).studentIds) students.add(studentId);
    });

    const mondays: string[] = [];
    for (let monday = weekOf(from); monday <= to; monday = addDays(monday, 7)) mondays.push(monday);
    // Weeks a few at a time: each has its own documents (a pupil's period, shared, queues its changes).
    await eachAtMost(mondays, WEEKS_AT_ONCE, (monday) =>
      attempt(`класс ${schoolClass.name}, неделя ${monday}`, async () => {
        const lessons = (await sources.classWeek(schoolClass.id, monday)).lessons;
        if (lessons.length === 0) return;
        report.lessons += lessons.length;
        const weekId = `${schoolClass.id}:${monday}`;
        const blankWeek = (): ClassWeek => ({ _id: weekId, lessons: [], version: 0 });
        await repair(store.classWeeks, weekId, blankWeek, (week) => withLessonsFacts(week, lessons.map(lessonFacts)));
        const exported = (await sources.lessons(lessons.map((lesson) => lesson.id))).lessons;
        await repair(store.classWeeks, weekId, blankWeek, (week) => {
          let next = week;
          for (const record of exported) {
            if (Number(record.recordVersion) === 0) continue;
            next =
              withLessonRecord(next, record.lessonId, record.date, lessonRecord(record, record.recordVersion, pseudonyms)) ?? next;
          }
          return next === week ? null : next;
        });
        // The marks, one repair per document (a student's week, a student's period).
        const byDocument = new Map<string, { documents: VersionedDocuments<StudentWeek> | VersionedDocuments<StudentPeriod>; blank: () => StudentWeek | StudentPeriod; marks: DiaryMark[] }>();
        const add = (id: string, documents: VersionedDocuments<StudentWeek> | VersionedDocuments<StudentPeriod>, blank: () => StudentWeek | StudentPeriod, mark: DiaryMark) => {
          if (!byDocument.has(id)) byDocument.set(id, { documents, blank, marks: [] });
          byDocument.get(id)!.marks.push(mark);
        };
        for (const record of exported) {
          for (const mark of record.marks) {
            report.marks++;
            const key = pseudonyms.of(mark.studentId);
            const fact: DiaryMark = { markId: mark.id, lessonId: record.lessonId, subjectId: record.subjectId, periodId: record.periodId, date: record.date, values: mark.values, passFail: mark.passFail, workKind: mark.workKind, weight: mark.weight, removed: mark.removed, revision: mark.revision, comment: mark.comment };
            const weekId = `${key}:${weekOf(record.date)}`;
            add(weekId, store.studentWeeks, (): StudentWeek => ({ _id: weekId, marks: [], absences: [], version: 0 }), fact);
            const periodId = `${key}:${record.periodId}`;
            add(periodId, store.studentPeriods, (): StudentPeriod => ({ _id: periodId, marks: [], version: 0 }), fact);
          }
        }
        // The pupils' documents of the week are independent of each other: repaired side by side.
        const repairs = await Promise.allSettled(
          [...byDocument].map(([id, { documents, blank, marks }]) =>
            repair(documents as VersionedDocuments<StudentWeek>, id, blank as () => StudentWeek, (document) => {
              let next = document;
              for (const fact of marks) next = withMark(next, fact) ?? next;
              return next === document ? null : next;
            }),
          ),
        );
        const failed = repairs.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
        if (failed) throw failed.reason;
      }),
    );

    for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = addDays(`${month}-28`, 7).slice(0, 7)) {
      await attempt(`класс ${schoolClass.name}, посещаемость ${month}`, async () => {
        const sheet = await sources.absences(schoolClass.id, month).catch((error: { code?: number }) => {
          if (error.code === 5) return null; // no attendance recorded that month
          throw error;
        });
        for (const absence of sheet?.absences ?? []) {
          report.absences++;
          const id = `${pseudonyms.of(absence.studentId)}:${weekOf(absence.date)}`;
          await repair(store.studentWeeks, id, (): StudentWeek => ({ _id: id, marks: [], absences: [], version: 0 }), (week) => withAbsence(week, { lessonId: absence.lessonId, code: absence.code, revision: absence.revision }));
        }
      });
    }

    for (const studentId of students) {
      if (seen.has(studentId)) continue;
      seen.add(studentId);
      report.students++;
      await attempt(`ученик ${pseudonyms.of(studentId)}: места в классах`, async () => {
        const history = await sources.history(request.schoolId, studentId);
        const placements = history.placements.filter((placement) => classIds.has(placement.classId)).map(({ classId, groupId, from: since, until }) => ({ classId, groupId, from: since, until }));
        const key = pseudonyms.of(studentId);
        await repair(store.places, key, (): StudentPlaces => ({ _id: key, years: [], version: 0 }), (places) => {
          const current = places.years.find((entry) => entry.yearId === request.yearId);
          const same = JSON.stringify([...(current?.placements ?? [])].sort(byPlace)) === JSON.stringify([...placements].sort(byPlace));
          if (same && current?.schoolId === request.schoolId) return null;
          // The source is right; its version stays what the events gave, so a later event still applies.
          return withPlacements({ ...places, years: places.years.filter((entry) => entry.yearId !== request.yearId) }, request.yearId, request.schoolId, current?.rosterVersion ?? 0, placements);
        });
      });
    }
    await progress.onClassDone(schoolClass.id, report);
  }
  return report;
}

/** Weeks of one class exported at once. */
const WEEKS_AT_ONCE = 4;

/** Runs `work` on every item, at most `most` at once. */
async function eachAtMost<T>(items: T[], most: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(most, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

const byPlace = (a: { classId: string; groupId: string; from: string }, b: { classId: string; groupId: string; from: string }) => `${a.classId}${a.groupId}${a.from}`.localeCompare(`${b.classId}${b.groupId}${b.from}`);
