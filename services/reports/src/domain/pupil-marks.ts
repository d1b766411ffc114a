import { later } from './moments';

/** A mark as the reports keep it (gradebook.mark.set/changed/removed; revision orders its versions). */
export interface KeptMark {
  markId: string;
  date: string;
  values: number[];
  weight: number;
  workKind: string;
  passFail: string;
  removed: boolean;
  revision: number;
  /** Set within its kind of work's deadline (004 §4.2.5; the gradebook's judgement); absent in marks kept before it was told. */
  onTime?: boolean;
}

/**
 * One pupil's marks and final in one subject of one period and class: what a summary sheet's cell and
 * filling control's «pupils with no or one mark» stand on.
 */
export interface PupilMarks {
  _id: string;
  version: number;
  schoolId: string;
  classId: string;
  subjectId: string;
  periodId: string;
  studentId: string;
  marks: KeptMark[];
  /** Marks not removed (what «no mark, one mark» counts). */
  counted: number;
  /** Marks not removed that were set after their deadline (filling control's «с опозданием»). */
  late: number;
  /** The period final the teacher set (gradebook.final.set), with the page's version it came with. */
  final: { value: number; notAttested: boolean; pageVersion: number } | null;
  asOf: string;
}

export interface MarkKey {
  studentId: string;
  classId: string;
  subjectId: string;
  periodId: string;
}

export const pupilMarksId = (key: MarkKey) => `${key.studentId}:${key.classId}:${key.subjectId}:${key.periodId}`;

export function blankPupilMarks(schoolId: string, key: MarkKey): PupilMarks {
  return { _id: pupilMarksId(key), version: 0, schoolId, ...key, marks: [], counted: 0, late: 0, final: null, asOf: '' };
}

/** With the mark's newer revision (a removed mark stays, removed); null when the revision is not newer. */
export function withMark(doc: PupilMarks, mark: KeptMark, at: string): PupilMarks | null {
  const current = doc.marks.find((item) => item.markId === mark.markId);
  if (current && current.revision >= mark.revision) return null;
  const marks = [...doc.marks.filter((item) => item.markId !== mark.markId), mark].sort((a, b) => a.date.localeCompare(b.date) || a.markId.localeCompare(b.markId));
  return { ...doc, marks, counted: marks.filter((item) => !item.removed).length, late: marks.filter((item) => !item.removed && item.onTime === false).length, asOf: later(at, doc.asOf) };
}

/** With the period final the page's newer version carries; null when not newer. */
export function withFinal(doc: PupilMarks, final: { value: number; notAttested: boolean }, pageVersion: number, at: string): PupilMarks | null {
  if (doc.final && doc.final.pageVersion >= pageVersion) return null;
  return { ...doc, final: { ...final, pageVersion }, asOf: later(at, doc.asOf) };
}
