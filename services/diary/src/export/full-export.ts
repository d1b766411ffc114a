import { isServiceError, type Logger, type VersionedDocuments } from '@ejournal/kit';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { addDays, filedInClassPeriod, filedInClassWeek, weekOf, withAbsence, withLessonRecord, withLessonsFacts, withMark, withPlacements, type ClassWeek, type DiaryAbsence, type DiaryMark, type StudentPeriod, type StudentPlaces, type StudentWeek } from '../domain/diary';
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
  /**
   * Applies a repair; counts it when the diary differed from the source. `known`: the document as a read
   * of many has just given it (the first attempt starts from it; a stale one fails its version check and is read again).
   */
  const repair = async <T extends { _id: string; version: number }>(documents: VersionedDocuments<T>, id: string, blank: () => T, change: (document: T) => T | null, known?: T) => {
    const changed = await documents.change(id, (document) => {
      const next = change(document);
      return next ? { next, result: true } : { next: null, result: false };
    }, blank, known);
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
  // Every pupil's places in the year, read once (the school's whole roster is one document).
  const pupils = (await sources.placements(request.yearId)).pupils.map(({ studentId, placements }) => ({
    studentId,
    placements: placements.filter((placement) => classIds.has(placement.classId)).map(({ classId, groupId, from: since, until }) => ({ classId, groupId, from: since, until })),
  }));
  const seen = new Set<string>();
  await progress.onTotal(classes.length);

  for (const schoolClass of classes) {
    if (progress.done.has(schoolClass.id)) continue;
    report.classes++;
    // The class's pupils: everyone placed in it on some day of the export's dates.
    const students = pupils.filter(({ placements }) => placements.some((placement) => placement.classId === schoolClass.id && !placement.groupId && placement.from <= to && (placement.until === '' || placement.until > from)));

    // The class's absences first, month by month, by the pupil's week they belong to: each is applied
    // in the same read and write as that week's marks.
    const absencesByWeek = new Map<string, Map<string, DiaryAbsence[]>>();
    const months: string[] = [];
    for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = addDays(`${month}-28`, 7).slice(0, 7)) months.push(month);
    await eachAtMost(months, WEEKS_AT_ONCE, (month) =>
      attempt(`класс ${schoolClass.name}, посещаемость ${month}`, async () => {
        const sheet = await sources.absences(schoolClass.id, month).catch((error: { code?: number }) => {
          if (error.code === 5) return null; // no attendance recorded that month
          throw error;
        });
        for (const absence of sheet?.absences ?? []) {
          report.absences++;
          const monday = weekOf(absence.date);
          if (!absencesByWeek.has(monday)) absencesByWeek.set(monday, new Map());
          gather(absencesByWeek.get(monday)!, `${pseudonyms.of(absence.studentId)}:${monday}`, { lessonId: absence.lessonId, code: absence.code, revision: absence.revision });
        }
      }),
    );
    /** One repair of a pupil's week: its marks and absences as the sources have them (filed under this class's week). */
    const repairStudentWeek = (id: string, monday: string, marks: DiaryMark[], absences: DiaryAbsence[], known?: StudentWeek) =>
      repair(store.studentWeeks, id, (): StudentWeek => ({ _id: id, marks: [], absences: [], version: 0 }), (document) => {
        let next = document;
        for (const fact of marks) next = withMark(next, fact) ?? next;
        for (const absence of absences) next = withAbsence(next, absence) ?? next;
        return next === document ? null : filedInClassWeek(next, schoolClass.id, monday);
      }, known);
    // The pupils' periods gather the marks of every week and are repaired once, after the weeks.
    const periodMarks = new Map<string, DiaryMark[]>();

    const mondays: string[] = [];
    for (let monday = weekOf(from); monday <= to; monday = addDays(monday, 7)) mondays.push(monday);
    // Weeks a few at a time: each has its own documents.
    await eachAtMost(mondays, WEEKS_AT_ONCE, (monday) =>
      attempt(`класс ${schoolClass.name}, неделя ${monday}`, async () => {
        const lessons = (await sources.classWeek(schoolClass.id, monday)).lessons;
        if (lessons.length === 0) return;
        report.lessons += lessons.length;
        const exported = (await sources.lessons(lessons.map((lesson) => lesson.id))).lessons;
        // The class's week: the lessons' facts, then their records, in one repair.
        const weekId = `${schoolClass.id}:${monday}`;
        await repair(store.classWeeks, weekId, (): ClassWeek => ({ _id: weekId, lessons: [], version: 0 }), (week) => {
          let next = withLessonsFacts(week, lessons.map(lessonFacts)) ?? week;
          for (const record of exported) {
            if (Number(record.recordVersion) === 0) continue;
            next = withLessonRecord(next, record.lessonId, record.date, lessonRecord(record, record.recordVersion, pseudonyms)) ?? next;
          }
          return next === week ? null : next;
        });
        // The marks, by the pupil's week (repaired now) and the pupil's period (gathered).
        const weekMarks = new Map<string, DiaryMark[]>();
        for (const record of exported) {
          for (const mark of record.marks) {
            report.marks++;
            const key = pseudonyms.of(mark.studentId);
            const fact: DiaryMark = { markId: mark.id, lessonId: record.lessonId, subjectId: record.subjectId, periodId: record.periodId, date: record.date, values: mark.values, passFail: mark.passFail, workKind: mark.workKind, weight: mark.weight, removed: mark.removed, revision: mark.revision, comment: mark.comment };
            gather(weekMarks, `${key}:${weekOf(record.date)}`, fact);
            gather(periodMarks, `${key}:${record.periodId}`, fact);
          }
        }
        const absences = absencesByWeek.get(monday) ?? new Map<string, DiaryAbsence[]>();
        absencesByWeek.delete(monday);
        // The class's pupils' weeks in one read (filed under this class's week); a pupil's week filed
        // under another class (the pupil moved that week) or not yet filed is read by its own key.
        const pupilWeeks = [...new Set([...weekMarks.keys(), ...absences.keys()])];
        if (pupilWeeks.length === 0) return;
        const filed = new Map((await store.studentWeeks.findWhere({ classWeek: weekId })).map((week) => [week._id, week]));
        // The pupils' weeks are independent of each other: repaired side by side.
        await settledAll(pupilWeeks.map((id) => repairStudentWeek(id, monday, weekMarks.get(id) ?? [], absences.get(id) ?? [], filed.get(id))));
      }),
    );
    // Absences of weeks without lessons in the timetable's answer (a week outside the range, say).
    for (const [monday, absences] of absencesByWeek) {
      await attempt(`класс ${schoolClass.name}, посещаемость недели ${monday}`, () => settledAll([...absences].map(([id, list]) => repairStudentWeek(id, monday, [], list))));
    }
    await attempt(`класс ${schoolClass.name}: итоги периодов`, async () => {
      // The class's pupils' periods, one read per period (as the weeks above).
      const filed = new Map<string, StudentPeriod>();
      for (const periodId of new Set([...periodMarks.values()].map((marks) => marks[0]!.periodId))) {
        for (const period of await store.studentPeriods.findWhere({ classPeriod: `${schoolClass.id}:${periodId}` })) filed.set(period._id, period);
      }
      await settledAll(
        [...periodMarks].map(([id, marks]) =>
          repair(store.studentPeriods, id, (): StudentPeriod => ({ _id: id, marks: [], version: 0 }), (document) => {
            let next = document;
            for (const fact of marks) next = withMark(next, fact) ?? next;
            return next === document ? null : filedInClassPeriod(next, schoolClass.id, marks[0]!.periodId);
          }, filed.get(id)),
        ),
      );
    });

    // The pupils' places, each pupil once (a pupil moved between classes is in two), side by side.
    const newcomers = students.filter(({ studentId }) => !seen.has(studentId));
    newcomers.forEach(({ studentId }) => seen.add(studentId));
    report.students += newcomers.length;
    await Promise.all(newcomers.map(({ studentId, placements }) =>
      attempt(`ученик ${pseudonyms.of(studentId)}: места в классах`, async () => {
        const key = pseudonyms.of(studentId);
        await repair(store.places, key, (): StudentPlaces => ({ _id: key, years: [], version: 0 }), (places) => {
          const current = places.years.find((entry) => entry.yearId === request.yearId);
          const same = JSON.stringify([...(current?.placements ?? [])].sort(byPlace)) === JSON.stringify([...placements].sort(byPlace));
          if (same && current?.schoolId === request.schoolId) return null;
          // The source is right; its version stays what the events gave, so a later event still applies.
          return withPlacements({ ...places, years: places.years.filter((entry) => entry.yearId !== request.yearId) }, request.yearId, request.schoolId, current?.rosterVersion ?? 0, placements);
        });
      }),
    ));
    await progress.onClassDone(schoolClass.id, report);
  }
  return report;
}

/** Adds an item to the list kept under `id`. */
function gather<T>(into: Map<string, T[]>, id: string, item: T): void {
  const list = into.get(id);
  if (list) list.push(item);
  else into.set(id, [item]);
}

/** Weeks of one class exported at once. */
const WEEKS_AT_ONCE = 4;

/** Waits for every one of the repairs; the first failure is thrown after all have ended. */
async function settledAll(repairs: Array<Promise<void>>): Promise<void> {
  const failed = (await Promise.allSettled(repairs)).find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Runs `work` on every item, at most `most` at once. */
async function eachAtMost<T>(items: T[], most: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(most, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

const byPlace = (a: { classId: string; groupId: string; from: string }, b: { classId: string; groupId: string; from: string }) => `${a.classId}${a.groupId}${a.from}`.localeCompare(`${b.classId}${b.groupId}${b.from}`);
