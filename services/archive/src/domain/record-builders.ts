import { fromTimestamp, type gradebookV1 } from '@ejournal/contracts';
import {
  finalText,
  inJournalOrder,
  markText,
  type Amendment,
  type AttendanceSheetRecord,
  type JournalPageRecord,
  type MissedLessons,
  type Named,
  type RecordPlace,
  type SummaryRow,
  type SummarySheetRecord,
} from './closed-records';
import { RECORD_FORMAT } from './record-file';

/** Names of people by id (identity's answer); a record writes every person out by name. */
export type NameOf = (personId: string) => string;

const at = (timestamp: Parameters<typeof fromTimestamp>[0]) => fromTimestamp(timestamp)?.toISOString() ?? '';

/** The people a page names: its pupils, the lessons' teachers, who set, changed, asked and decided. */
export function peopleOfPage(page: gradebookV1.JournalPage__Output): string[] {
  const ids = new Set<string>(page.studentIds);
  for (const lesson of page.lessons) [lesson.teacherId, lesson.recordedBy].forEach((id) => ids.add(id));
  for (const mark of page.marks) {
    ids.add(mark.setBy);
    for (const revision of mark.history) ids.add(revision.changedBy);
  }
  for (const final of page.finals) ids.add(final.setBy);
  for (const request of page.changeRequests) [request.requestedBy, request.decidedBy].forEach((id) => ids.add(id));
  ids.delete('');
  return [...ids];
}

/** The closed record of a journal page, from the gradebook's page and the names of its people. */
export function journalPageRecord(place: RecordPlace & { subject: Named; group?: Named }, page: gradebookV1.JournalPage__Output, nameOf: NameOf, amends?: Amendment): JournalPageRecord {
  const person = (id: string): Named => ({ id, name: id ? nameOf(id) : '' });
  const teacherIds = [...new Set(page.lessons.map((lesson) => lesson.teacherId).filter(Boolean))];
  return {
    format: RECORD_FORMAT,
    kind: 'journal-page',
    school: place.school,
    year: place.year,
    period: place.period,
    class: place.class,
    group: place.group,
    subject: place.subject,
    teachers: teacherIds.map(person),
    pupils: inJournalOrder(page.studentIds.map(person)),
    lessons: [...page.lessons]
      .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number)
      .map((lesson) => ({
        id: lesson.lessonId,
        date: lesson.date,
        number: lesson.number,
        teacher: person(lesson.teacherId),
        substituted: lesson.substituted,
        status: lesson.status,
        topic: lesson.topic,
        homework: lesson.homework,
        noHomework: lesson.noHomework,
        individualHomework: lesson.individualHomework.map((entry) => ({ pupilId: entry.studentId, text: entry.text })),
        remarks: lesson.remarks.map((entry) => ({ pupilId: entry.studentId, text: entry.text })),
        conducted: lesson.conducted,
        recordedBy: lesson.recordedBy ? nameOf(lesson.recordedBy) : '',
        recordedAt: at(lesson.recordedAt),
        onTime: lesson.onTime,
      })),
    marks: [...page.marks]
      .sort((a, b) => a.lessonId.localeCompare(b.lessonId) || a.studentId.localeCompare(b.studentId) || a.id.localeCompare(b.id))
      .map((mark) => ({
        id: mark.id,
        lessonId: mark.lessonId,
        pupilId: mark.studentId,
        mark: markText(mark.values, mark.passFail),
        workKind: mark.workKind,
        weight: mark.weight,
        comment: mark.comment,
        explanation: mark.explanation,
        setBy: mark.setBy ? nameOf(mark.setBy) : '',
        setAt: at(mark.setAt),
        onTime: mark.onTime,
        revision: mark.revision,
        history: mark.history.map((revision) => ({
          mark: markText(revision.values, revision.passFail),
          workKind: revision.workKind,
          comment: revision.comment,
          changedBy: revision.changedBy ? nameOf(revision.changedBy) : '',
          changedAt: at(revision.changedAt),
          reason: revision.reason,
          removed: revision.removed,
        })),
      })),
    absences: [...page.absences].sort((a, b) => a.lessonId.localeCompare(b.lessonId) || a.studentId.localeCompare(b.studentId)).map((absence) => ({ lessonId: absence.lessonId, pupilId: absence.studentId, code: absence.code })),
    finals: [...page.finals]
      .sort((a, b) => a.studentId.localeCompare(b.studentId))
      .map((final) => ({
        pupilId: final.studentId,
        kind: final.kind || 'period',
        mark: finalText(final.value, final.notAttested),
        proposed: final.proposed,
        average: final.average,
        reason: final.reason,
        setBy: final.setBy ? nameOf(final.setBy) : '',
        setAt: at(final.setAt),
      })),
    changeRequests: page.changeRequests.map((request) => ({
      id: request.id,
      markId: request.markId,
      lessonId: request.lessonId,
      pupilId: request.studentId,
      requested: request.removal ? 'удалить отметку' : markText(request.values, request.passFail),
      reason: request.reason,
      requestedBy: request.requestedBy ? nameOf(request.requestedBy) : '',
      requestedAt: at(request.requestedAt),
      status: request.status,
      decidedBy: request.decidedBy ? nameOf(request.decidedBy) : '',
      decisionNote: request.decisionNote,
    })),
    amends,
  };
}

/** One subject of a class's year: the gradebook's year finals. */
export interface SubjectYear {
  subject: Named;
  finals: gradebookV1.YearFinals__Output;
}

/**
 * The class's summary sheet of the year (сводная ведомость учёта успеваемости, 003 §4.1; kept 25 years,
 * 002 §5): every pupil × subject — the period finals in the year's order, the year final, the exam.
 */
export function summarySheetRecord(place: RecordPlace, periods: Named[], subjects: SubjectYear[], nameOf: NameOf, amends?: Amendment): SummarySheetRecord {
  const pupilIds = new Set(subjects.flatMap((subject) => subject.finals.students.map((student) => student.studentId)));
  const rows: SummaryRow[] = [];
  for (const { subject, finals } of subjects) {
    const notAttested = new Map(finals.finals.filter((final) => final.notAttested).map((final) => [`${final.kind}:${final.studentId}`, true]));
    for (const student of finals.students) {
      const value = (kind: string, mark: number) => (notAttested.get(`${kind}:${student.studentId}`) ? 'н/а' : mark > 0 ? String(mark) : '');
      rows.push({
        pupilId: student.studentId,
        subjectId: subject.id,
        periods: periods.map((period) => {
          const final = student.periodFinals.find((candidate) => candidate.periodId === period.id);
          return final && final.value > 0 ? String(final.value) : '';
        }),
        year: value('year', student.yearFinal),
        exam: value('exam', student.exam),
      });
    }
  }
  rows.sort((a, b) => a.pupilId.localeCompare(b.pupilId) || a.subjectId.localeCompare(b.subjectId));
  return {
    format: RECORD_FORMAT,
    kind: 'summary-sheet',
    school: place.school,
    year: place.year,
    period: place.period,
    class: place.class,
    periods,
    subjects: [...subjects.map((subject) => subject.subject)].sort((a, b) => a.name.localeCompare(b.name, 'ru')),
    pupils: inJournalOrder([...pupilIds].map((id) => ({ id, name: nameOf(id) }))),
    rows,
    amends,
  };
}

/** The codes of absence the sheet counts, in its order (004 §4.2.5). */
export const ABSENCE_CODES = ['Н', 'Б', 'У', 'О'];

/**
 * The class's attendance sheet of a closed period, from the records of its journal pages (each page's
 * lessons and absences): the days the class had lessons, and every pupil's missed lessons by day.
 */
export function attendanceSheetRecord(place: RecordPlace, pages: JournalPageRecord[], amends?: Amendment): AttendanceSheetRecord {
  const pupils = new Map<string, Named>();
  const subjects = new Map<string, Named>();
  const days = new Set<string>();
  const missed = new Map<string, MissedLessons>();
  for (const page of pages) {
    for (const pupil of page.pupils) pupils.set(pupil.id, pupil);
    subjects.set(page.subject.id, page.subject);
    const dateOf = new Map(page.lessons.map((lesson) => [lesson.id, lesson.date]));
    for (const lesson of page.lessons) days.add(lesson.date);
    for (const absence of page.absences) {
      const date = dateOf.get(absence.lessonId);
      if (!date) continue;
      const key = `${absence.pupilId}|${date}`;
      const entry = missed.get(key) ?? { pupilId: absence.pupilId, date, lessons: [] };
      entry.lessons.push({ subjectId: page.subject.id, code: absence.code });
      missed.set(key, entry);
    }
  }
  const entries = [...missed.values()]
    .map((entry) => ({ ...entry, lessons: entry.lessons.sort((a, b) => a.subjectId.localeCompare(b.subjectId) || a.code.localeCompare(b.code)) }))
    .sort((a, b) => a.pupilId.localeCompare(b.pupilId) || a.date.localeCompare(b.date));
  const ordered = inJournalOrder([...pupils.values()]);
  return {
    format: RECORD_FORMAT,
    kind: 'attendance-sheet',
    school: place.school,
    year: place.year,
    period: place.period,
    class: place.class,
    pupils: ordered,
    subjects: [...subjects.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru')),
    days: [...days].sort(),
    missed: entries,
    totals: ordered.map((pupil) => {
      const byCode: Record<string, number> = Object.fromEntries(ABSENCE_CODES.map((code) => [code, 0]));
      let all = 0;
      for (const entry of entries.filter((candidate) => candidate.pupilId === pupil.id)) {
        for (const lesson of entry.lessons) {
          byCode[lesson.code] = (byCode[lesson.code] ?? 0) + 1;
          // Lateness (О) is marked, but it is not a missed lesson.
          if (lesson.code !== 'О') all += 1;
        }
      }
      return { pupilId: pupil.id, byCode, all };
    }),
    amends,
  };
}
