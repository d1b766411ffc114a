import type { ClassMonthAbsences } from './absences';

/** The reasons in the regulation's order (004 §4.2.5: Н unexcused, Б illness, У excused), then О (late). */
const ORDER = ['Н', 'Б', 'У', 'О'];
/** The reasons' names as a sheet's headers say them (004 §4.2.5). */
export const REASON_TITLES: Record<string, string> = { Н: 'Н — без уважительной причины', Б: 'Б — по болезни', У: 'У — по уважительной причине', О: 'О — опоздание' };

/** О marks a pupil who came late: present, so not a lesson missed. */
const LATE = 'О';

export interface PupilAttendance {
  studentId: string;
  byCode: Map<string, number>;
  bySubject: Map<string, number>;
  total: number;
}

/**
 * The class's lessons missed over [from, to] (003 §4.1 «сводная ведомость посещаемости»): per pupil by
 * reason and by subject — withdrawn absences (code '') do not count, a late arrival (О) is counted by
 * its code but is no lesson missed. Pupils of the roster without an
 * absence are listed with none; a pupil who left is listed while they have absences in the interval.
 */
export function attendanceSheet(months: Array<ClassMonthAbsences | null>, range: { from: string; to: string }, pupils: string[]): { codes: string[]; pupils: PupilAttendance[]; totals: Map<string, number> } {
  const byPupil = new Map<string, PupilAttendance>(pupils.map((studentId) => [studentId, { studentId, byCode: new Map(), bySubject: new Map(), total: 0 }]));
  const totals = new Map<string, number>();
  for (const month of months) {
    for (const absence of month?.absences ?? []) {
      if (!absence.code || absence.date < range.from || absence.date > range.to) continue;
      const pupil = byPupil.get(absence.studentId) ?? { studentId: absence.studentId, byCode: new Map(), bySubject: new Map(), total: 0 };
      byPupil.set(absence.studentId, pupil);
      pupil.byCode.set(absence.code, (pupil.byCode.get(absence.code) ?? 0) + 1);
      if (absence.code !== LATE) {
        pupil.bySubject.set(absence.subjectId, (pupil.bySubject.get(absence.subjectId) ?? 0) + 1);
        pupil.total++;
      }
      totals.set(absence.code, (totals.get(absence.code) ?? 0) + 1);
    }
  }
  const rank = (code: string) => (ORDER.includes(code) ? ORDER.indexOf(code) : ORDER.length);
  const codes = [...new Set([...ORDER.slice(0, 3), ...totals.keys()])].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'ru'));
  return { codes, pupils: [...byPupil.values()], totals };
}
