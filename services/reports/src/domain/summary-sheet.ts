import { addDays, countedMark, mondayOf, periodLength, proposeFinal, weightedAverage } from '@ejournal/school-rules';
import type { ClassWeek } from './class-week';
import { lessonStates } from './filling';
import type { PupilMarks } from './pupil-marks';
import type { SheetRules } from './school-facts';

export interface SheetCell {
  subjectId: string;
  average: number;
  proposed: number;
  final: number;
  marks: number;
  notEnoughMarks: boolean;
  notAttested: boolean;
  /** The proposal FALLING_FORECAST_DAYS ago, when it was higher than now (0 otherwise): the average falls. */
  proposedBefore: number;
}

export interface SheetPupil {
  studentId: string;
  cells: SheetCell[];
  absences: number;
  risks: string[];
}

export interface SheetLists {
  withTwo: string[];
  withOneThree: string[];
  excellent: string[];
  atRisk: string[];
}

/** A pupil who missed this share of the class's held lessons is at risk (004 §4.2.4: «пропуски»). */
export const ABSENCE_RISK_SHARE = 0.2;

/** A pupil's forecast (the proposal by the school's rounding) lower now than this many days ago: the average falls (004 §4.2.4). */
export const FALLING_FORECAST_DAYS = 14;

/**
 * The class's summary sheet of a period (003 §4.1, 004 §4.2.4). Each cell's proposal is the gradebook's
 * own rule (libs/school-rules: the weighted average, the school's rounding, the minimum of marks — 000
 * §9.1, 004 §5), so the sheet and the journal never disagree. The lists go by the final set, or else by
 * the proposal: «2» in any subject; exactly one «3» and otherwise 4 and 5; only 5 (the last two only when
 * no proposal rests on too few marks for a final); at risk — a «2», too few marks for a final, many
 * lessons missed, or a falling average: a subject's forecast of the final (the proposal, by the school's
 * rounding) lower than it was FALLING_FORECAST_DAYS before `today`, while no final is set.
 */
export function summarySheet(input: { pupils: string[]; subjects: string[]; docs: PupilMarks[]; rules: SheetRules; scheme: string; absences: Map<string, number>; lessonsHeld: number; today: string; subjectNames?: Map<string, string> }): { pupils: SheetPupil[]; lists: SheetLists } {
  const byCell = new Map(input.docs.map((doc) => [`${doc.studentId}|${doc.subjectId}`, doc]));
  const length = periodLength(input.scheme);
  const lists: SheetLists = { withTwo: [], withOneThree: [], excellent: [], atRisk: [] };
  const before = addDays(input.today, -FALLING_FORECAST_DAYS);
  const pupils = input.pupils.map((studentId) => {
    const cells = input.subjects.map((subjectId): SheetCell => {
      const doc = byCell.get(`${studentId}|${subjectId}`);
      const kept = (doc?.marks ?? []).filter((mark) => !mark.removed);
      const marks = kept.map((mark) => countedMark(mark, input.rules.workKinds));
      const proposal = proposeFinal(marks, length, input.rules);
      const earlier = proposeFinal(kept.filter((mark) => mark.date <= before).map((mark) => countedMark(mark, input.rules.workKinds)), length, input.rules);
      const falling = !doc?.final?.value && proposal.proposed !== null && earlier.proposed !== null && proposal.proposed < earlier.proposed;
      return {
        subjectId,
        average: proposal.average ?? 0,
        proposed: proposal.proposed ?? 0,
        final: doc?.final?.value ?? 0,
        marks: proposal.counted,
        notEnoughMarks: proposal.notEnoughMarks && marks.some((mark) => !mark.passFail),
        notAttested: doc?.final?.notAttested ?? false,
        proposedBefore: falling ? earlier.proposed! : 0,
      };
    });
    const graded = cells.map((cell) => cell.final || cell.proposed).filter((value) => value > 0);
    const absences = input.absences.get(studentId) ?? 0;
    const risks: string[] = [];
    const twos = cells.filter((cell) => (cell.final || cell.proposed) === 2).length;
    if (twos > 0) risks.push(`«2» по ${twos} ${twos === 1 ? 'предмету' : 'предметам'}`);
    const short = cells.filter((cell) => cell.notEnoughMarks).length;
    if (short > 0) risks.push(`мало отметок для итоговой по ${short} ${short === 1 ? 'предмету' : 'предметам'} (004 §5)`);
    const falling = cells.filter((cell) => cell.proposedBefore > 0);
    if (falling.length > 0) risks.push(`средний балл падает: ${falling.map((cell) => `${input.subjectNames?.get(cell.subjectId) ?? cell.subjectId} ${cell.proposedBefore} → ${cell.proposed}`).join(', ')}`);
    if (input.lessonsHeld > 0 && absences / input.lessonsHeld >= ABSENCE_RISK_SHARE) risks.push(`пропущено ${absences} из ${input.lessonsHeld} уроков`);
    if (twos > 0) lists.withTwo.push(studentId);
    // A proposal that too few marks stand behind is no final yet: the pupil is listed by it only among those at risk.
    const settled = cells.every((cell) => !cell.notEnoughMarks || cell.final > 0);
    if (settled && graded.length > 0 && twos === 0 && graded.filter((value) => value === 3).length === 1) lists.withOneThree.push(studentId);
    if (settled && graded.length > 0 && graded.every((value) => value === 5)) lists.excellent.push(studentId);
    if (risks.length > 0) lists.atRisk.push(studentId);
    return { studentId, cells, absences, risks };
  });
  return { pupils, lists };
}

/** A class's average mark by week: the weighted average of the marks up to each week's end (003 §4.1 «динамика среднего балла»). */
export function averageByWeek(docs: PupilMarks[], weeks: string[]): Array<{ week: string; average: number | null }> {
  const marks = docs.flatMap((doc) => doc.marks.filter((mark) => !mark.removed && !mark.passFail)).map((mark) => ({ ...mark, week: mondayOf(mark.date) }));
  return weeks.map((week) => ({ week, average: weightedAverage(marks.filter((mark) => mark.week <= week)) }));
}

/** The class's lessons held in a period, for the share of them a pupil missed (group lessons are not the whole class's). */
export function classLessonsHeld(weeks: Array<ClassWeek | null>, period: { startsOn: string; endsOn: string }, now: Date, timeZone?: string): number {
  const stateOf = lessonStates(now, timeZone);
  return weeks.flatMap((week) => week?.lessons ?? []).filter((line) => line.groupId === '' && line.date >= period.startsOn && line.date <= period.endsOn && stateOf(line).held).length;
}
