import { GRPC_SERVICE_NAMES, attendancePackage, toTimestamp, type attendanceV1 } from '@ejournal/contracts';
import { authorize, callingService, ensureAllowed, InvalidArgument, NotFound, type AsyncHandlers, type GrpcServiceBinding } from '@ejournal/kit';
import { studentsBetween, studentsOn } from '@ejournal/read-models';
import { correctAbsence, recordAttendance, teacherOf, totals, type Absence, type ClassMonth } from '../domain/class-month';
import { correctionReason, ensureAttendanceOpen } from '../domain/period-closure';
import { absenceEvent } from '../events/attendance-events';
import type { AttendanceStore } from '../store/attendance.store';

const LESSON_MISSING = 'урок не найден';
const SHEET_MISSING = 'ведомость не найдена';

function absenceMessage(sheet: ClassMonth, absence: Absence): attendanceV1.Absence {
  const lesson = sheet.lessons.find((candidate) => candidate.lessonId === absence.lessonId);
  return {
    ...absence,
    date: lesson?.date ?? '',
    subjectId: lesson?.subjectId ?? '',
    recordedAt: toTimestamp(new Date(absence.recordedAt)),
    history: absence.history.map((revision) => ({ ...revision, changedAt: toTimestamp(new Date(revision.changedAt)) })),
  };
}

export function attendanceApi(store: AttendanceStore): GrpcServiceBinding {
  const handlers: AsyncHandlers<attendanceV1.AttendanceServiceHandlers> = {
    // The lesson's teacher, or the substitute (000 §9.1), marks absences for the whole class at once —
    // while the lesson's period is open (004 §4.1).
    async RecordAttendance(request, { principal }) {
      const sheet = await store.sheetOfLesson(request.lessonId);
      const lesson = sheet?.lessons.find((candidate) => candidate.lessonId === request.lessonId);
      if (!sheet || !lesson) throw new NotFound(LESSON_MISSING);
      ensureAllowed(principal, 'journal.edit', { schoolId: sheet.schoolId, teacherId: teacherOf(lesson) }, LESSON_MISSING, { schoolId: sheet.schoolId, classId: sheet.classId, subjectId: lesson.subjectId });
      const [roster, timeZone, period] = await Promise.all([store.rosters.find(sheet.classId), store.timeZoneOf(sheet.schoolId), store.periodOf(lesson)]);
      ensureAttendanceOpen(period);
      const students = studentsOn(roster, lesson.date);
      const saved = await store.sheets.change(
        sheet._id,
        (current) => {
          const { sheet: next, changed } = recordAttendance(current, request.lessonId, request.absences, students, principal.subject, new Date(), timeZone);
          return { next, events: (stored) => changed.map((absence) => absenceEvent('attendance.absence.recorded', stored, absence)) };
        },
        () => new NotFound(LESSON_MISSING),
      );
      return { lessonId: request.lessonId, absences: saved.absences.filter((absence) => absence.lessonId === request.lessonId && absence.code !== '').map((absence) => absenceMessage(saved, absence)) };
    },

    // 000 §9.2, 003 §4.2: the class teacher corrects reasons from documents; in a closed period only the
    // administrator does, with a reason (004 §4.1).
    async CorrectAbsence(request, { principal }) {
      const sheet = await store.sheetOfLesson(request.lessonId);
      const lesson = sheet?.lessons.find((candidate) => candidate.lessonId === request.lessonId);
      if (!sheet) throw new NotFound(LESSON_MISSING);
      const place = { schoolId: sheet.schoolId, classId: sheet.classId };
      const administrator = authorize(principal, 'absence.correct-closed', place);
      if (!administrator) ensureAllowed(principal, 'absence.correct', place, LESSON_MISSING, { ...place, subjectId: lesson?.subjectId });
      const reason = correctionReason(await store.periodOf(lesson), { classTeacher: authorize(principal, 'absence.correct', place), administrator }, request.reason);
      const { absence, sheet: corrected } = await store.sheets.change(
        sheet._id,
        (current) => {
          const result = correctAbsence(current, request.lessonId, request.studentId, { ...request, reason }, principal.subject, new Date());
          return { next: result.sheet, events: (stored) => [absenceEvent('attendance.absence.corrected', stored, result.absence)], result };
        },
        () => new NotFound(LESSON_MISSING),
      );
      return absenceMessage(corrected, absence);
    },

    // The monthly attendance sheet of a class (003 §4.1).
    async GetMonthlySheet(request, { principal }) {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(request.month)) throw new InvalidArgument('месяц: ГГГГ-ММ', { month: 'ГГГГ-ММ' });
      const sheet = await store.sheets.find(`${request.classId}:${request.month}`);
      // Staff of the school read it; other services too (the diary's full export).
      if (!sheet || !(callingService(principal) === 'diary' || authorize(principal, 'journal.read', { schoolId: sheet.schoolId, classId: sheet.classId }))) throw new NotFound(SHEET_MISSING);
      const roster = await store.rosters.find(sheet.classId);
      const students = studentsBetween(roster, `${request.month}-01`, `${request.month}-31`);
      return {
        classId: sheet.classId,
        month: sheet.month,
        lessons: sheet.lessons.filter((lesson) => lesson.status !== 'cancelled').map((lesson) => ({ lessonId: lesson.lessonId, date: lesson.date, number: lesson.number, subjectId: lesson.subjectId, recorded: lesson.recorded })),
        studentIds: students,
        absences: sheet.absences.filter((absence) => absence.code !== '').map((absence) => absenceMessage(sheet, absence)),
        totals: totals(sheet, students),
      };
    },
  };
  return { name: GRPC_SERVICE_NAMES.attendance, definition: attendancePackage().AttendanceService.service, handlers };
}
