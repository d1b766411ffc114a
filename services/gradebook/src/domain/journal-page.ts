import { randomUUID } from 'node:crypto';
import { FailedPrecondition, InvalidArgument, NotFound } from '@ejournal/kit';
import { effectiveTeacher, lessonBegun } from '@ejournal/school-rules';
import { lessonRecordedOnTime, markOnTime } from './deadlines';
import { proposeFinal, type FinalProposal, type PeriodLength } from './finals';
import type { HomeworkFile } from './homework-file';
import type { JournalRules } from './rules';

/** A dated lesson as curriculum publishes it, with what the teacher records on it. */
export interface PageLesson {
  lessonId: string;
  date: string;
  number: number;
  teacherId: string;
  substituteTeacherId: string;
  status: string;
  grade: number;
  lessonVersion: number;
  topic: string;
  homework: string;
  noHomework: boolean;
  individualHomework: Array<{ studentId: string; text: string }>;
  remarks: Array<{ studentId: string; text: string }>;
  conducted: boolean;
  recordedBy: string;
  recordedAt: Date | null;
  recordVersion: number;
  /** Files of the homework (metadata; the bytes are stored by id). */
  files?: HomeworkFile[];
  /** The КТП topic picked (its number); 0 or absent for free text. */
  topicNumber?: number;
  yearId?: string;
  /** When the lesson begins (ЧЧ:ММ, the school's time), from the bells. */
  startsAt?: string;
}

function ensureBegun(lesson: PageLesson, at: Date, rules: Pick<JournalRules, 'timeZone'>, what: string): void {
  if (!lessonBegun(lesson, at, rules.timeZone)) throw new FailedPrecondition(`урок ${lesson.date}${lesson.startsAt ? ` в ${lesson.startsAt}` : ''} ещё не начался: ${what} — только на проведённых уроках`);
}

export interface MarkRevision {
  values: number[];
  passFail: string;
  workKind: string;
  comment: string;
  changedBy: string;
  changedAt: Date;
  reason: string;
  removed: boolean;
}

export interface Mark {
  id: string;
  lessonId: string;
  studentId: string;
  values: number[];
  passFail: string;
  workKind: string;
  weight: number;
  comment: string;
  setBy: string;
  setAt: Date;
  onTime: boolean;
  removed: boolean;
  revision: number;
  /** Every earlier state: nothing in the journal is overwritten silently. */
  history: MarkRevision[];
  /** Why the mark stands over an absence (000 §9.1); '' otherwise. */
  explanation: string;
}

/** An absence on a lesson as attendance reports it (the newest revision wins). */
export interface PageAbsence {
  lessonId: string;
  studentId: string;
  code: string;
  revision: number;
}

export interface ChangeRequest {
  id: string;
  markId: string;
  lessonId: string;
  studentId: string;
  values: number[];
  passFail: string;
  workKind: string;
  comment: string;
  removal: boolean;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  status: 'pending' | 'approved' | 'rejected';
  decidedBy: string;
  decisionNote: string;
}

export interface Final {
  /** 'period' on a period's page; 'year' and 'exam' on the year's (absent on finals set before kinds existed: period). */
  kind?: 'period' | 'year' | 'exam';
  studentId: string;
  value: number;
  proposed: number;
  average: number;
  reason: string;
  setBy: string;
  setAt: Date;
  /** «н/а»: not attested — too few marks for a final (004 §5); value 0. */
  notAttested?: boolean;
}

/** A journal page: a class (or group) × subject × period — the lessons, marks and finals kept together. */
export interface JournalPage {
  _id: string;
  schoolId: string;
  classId: string;
  groupId: string;
  subjectId: string;
  periodId: string;
  lessons: PageLesson[];
  marks: Mark[];
  changeRequests: ChangeRequest[];
  finals: Final[];
  /** Absences on the page's lessons (read model of attendance's events). */
  absences?: PageAbsence[];
  version: number;
}

export const PASS_FAIL = ['зачёт', 'незачёт'];

/** The teacher who keeps the lesson's record: the substitute when there is one (000 §9.1). */
export const teacherOf = effectiveTeacher;

export function lessonOf(page: JournalPage, lessonId: string): PageLesson {
  const lesson = page.lessons.find((candidate) => candidate.lessonId === lessonId);
  if (!lesson) throw new NotFound('урок не найден');
  return lesson;
}

function ensureConductable(lesson: PageLesson): void {
  if (lesson.status === 'cancelled') throw new FailedPrecondition('урок отменён: записывать в него нельзя');
}

function text(value: string | undefined, label: string, max: number): string {
  const tidied = (value ?? '').replace(/\s+/g, ' ').trim();
  if (tidied.length > max) throw new InvalidArgument(`${label}: не длиннее ${max} символов`, { [label]: `до ${max} символов` });
  return tidied;
}

export interface LessonRecordInput {
  /** Picked from the approved КТП (003 §4.2): its topic number and the plan's topics. */
  topicNumber?: number;
  topic?: string;
  homework?: string;
  noHomework?: boolean;
  individualHomework?: Array<{ studentId: string; text: string }>;
  remarks?: Array<{ studentId: string; text: string }>;
  conducted?: boolean;
}

/**
 * Records a lesson (001 §9.2.1): topic, homework — or «без задания» (000 §9.1) — individual homework and
 * remarks to students (001 §3.2), the lesson-conducted mark. First grade: no homework (000 §9.1, 004 §3.8).
 */
export function recordLesson(page: JournalPage, lessonId: string, input: LessonRecordInput, students: string[], by: string, at: Date, plan?: Array<{ number: number; title: string }>, timeZone?: string): { page: JournalPage; lesson: PageLesson } {
  const lesson = lessonOf(page, lessonId);
  ensureConductable(lesson);
  // A lesson is marked as conducted only once it has begun; its topic and homework may be written ahead.
  const begun = lessonBegun(lesson, at, timeZone);
  if (input.conducted && !begun) ensureBegun(lesson, at, { timeZone }, 'отметка «урок проведён»');
  let topic = text(input.topic, 'topic', 500);
  const topicNumber = input.topicNumber ?? 0;
  if (topicNumber > 0) {
    if (!plan) throw new FailedPrecondition('нет утверждённого КТП по этому предмету: тему можно записать только текстом');
    const picked = plan.find((candidate) => candidate.number === topicNumber);
    if (!picked) throw new InvalidArgument(`в КТП нет темы № ${topicNumber} (тем: ${plan.length})`, { topicNumber: `от 1 до ${plan.length}` });
    topic = picked.title;
  }
  const homework = text(input.homework, 'homework', 2000);
  const individualHomework = (input.individualHomework ?? []).map((entry) => ({ studentId: entry.studentId, text: text(entry.text, 'individualHomework', 2000) }));
  const remarks = (input.remarks ?? []).map((entry) => ({ studentId: entry.studentId, text: text(entry.text, 'remarks', 1000) }));
  // First grade: no homework (000 §9.1, 004 §3.8) — «без задания» is what the journal says there.
  if (lesson.grade === 1 && (homework || individualHomework.length > 0)) {
    throw new FailedPrecondition('в 1 классе домашнее задание не задаётся (000 §9.1, 004 §3.8): запишите тему и «без задания»');
  }
  if (homework && input.noHomework) throw new InvalidArgument('либо домашнее задание, либо «без задания»', { noHomework: 'без текста задания' });
  for (const entry of [...individualHomework, ...remarks]) {
    if (!students.includes(entry.studentId)) throw new InvalidArgument('ученика нет в списке класса на дату урока', { studentId: entry.studentId });
  }
  const recorded: PageLesson = {
    ...lesson,
    topic,
    topicNumber,
    homework,
    noHomework: Boolean(input.noHomework),
    individualHomework,
    remarks,
    conducted: input.conducted ?? begun,
    recordedBy: by,
    recordedAt: at,
    recordVersion: lesson.recordVersion + 1,
  };
  return { page: { ...page, lessons: page.lessons.map((candidate) => (candidate.lessonId === lessonId ? recorded : candidate)) }, lesson: recorded };
}

export const isLessonRecordOnTime = (lesson: PageLesson) => lesson.recordedAt !== null && lessonRecordedOnTime(lesson.date, lesson.recordedAt);

export interface MarkInput {
  studentId: string;
  values: number[];
  passFail?: string;
  workKind: string;
  comment?: string;
  explanation?: string;
}

/** Codes of a real absence (late, «О», is not one). */
const ABSENT = ['Н', 'Б', 'У'];

export const absenceOf = (page: JournalPage, lessonId: string, studentId: string) =>
  (page.absences ?? []).find((absence) => absence.lessonId === lessonId && absence.studentId === studentId && ABSENT.includes(absence.code));

function checkedMark(input: MarkInput, rules: JournalRules) {
  const kind = rules.workKinds.find((candidate) => candidate.code === input.workKind);
  if (!kind) throw new InvalidArgument(`вид работы «${input.workKind}» не задан в настройках школы: ${rules.workKinds.map((candidate) => candidate.code).join(', ')}`, { workKind: 'вид работы' });
  const passFail = (input.passFail ?? '').trim();
  if (rules.scale === 'pass-fail' && !passFail) throw new InvalidArgument('этот предмет оценивается зачётом (учебный план): «зачёт» или «незачёт»', { passFail: 'зачёт или незачёт' });
  if (rules.scale === 'marks' && passFail) throw new InvalidArgument(`этот предмет оценивается отметками ${rules.lowestMark}–${rules.highestMark}, а не зачётом (учебный план)`, { values: `от ${rules.lowestMark} до ${rules.highestMark}` });
  if (passFail) {
    if (!PASS_FAIL.includes(passFail)) throw new InvalidArgument('зачёт/незачёт: «зачёт» или «незачёт»', { passFail: 'зачёт или незачёт' });
    if (input.values.length > 0) throw new InvalidArgument('у зачёта нет отметки баллом', { values: 'пусто при зачёте' });
  } else {
    // 004 §4.2.5: marks on the school's scale; a double mark «4/5» where two kinds of work were done.
    if (input.values.length === 0 || input.values.length > 2) throw new InvalidArgument('отметка: одно значение или двойная отметка из двух', { values: '1 или 2 значения' });
    for (const value of input.values) {
      if (!(Number.isInteger(value) && value >= rules.lowestMark && value <= rules.highestMark)) throw new InvalidArgument(`отметка ${value} вне шкалы школы (${rules.lowestMark}–${rules.highestMark})`, { values: `от ${rules.lowestMark} до ${rules.highestMark}` });
    }
  }
  return { kind, passFail, comment: text(input.comment, 'comment', 500) };
}

/**
 * Bulk entry of marks on one lesson. A mark is refused for a student not in the class (or group) on
 * the lesson's date, and in the first grade (000 §9.1). Entry is never blocked for lateness; each mark
 * knows whether it came on time (004 §4.2.5).
 */
export function setMarks(page: JournalPage, lessonId: string, inputs: MarkInput[], students: string[], rules: JournalRules, by: string, at: Date, idOf: (index: number) => string = () => randomUUID()): { page: JournalPage; marks: Mark[]; added: Mark[] } {
  const lesson = lessonOf(page, lessonId);
  ensureConductable(lesson);
  if (lesson.grade === 1) throw new FailedPrecondition('в 1 классе отметки не ставятся (000 §9.1, 002 §1.5, 004 §3.8)');
  if (inputs.length === 0) throw new InvalidArgument('нет отметок', { marks: 'хотя бы одна' });
  ensureBegun(lesson, at, rules, 'отметки');
  const marks = inputs.map((input, index) => {
    // A retry of the same request (the same idempotency key) finds its marks there: they are not set twice.
    const already = page.marks.find((mark) => mark.id === idOf(index));
    if (already) return already;
    if (!students.includes(input.studentId)) throw new InvalidArgument(`строка ${index + 1}: ученика нет в списке класса на ${lesson.date}`, { [`marks[${index}].studentId`]: 'ученик класса на дату урока' });
    const { kind, passFail, comment } = checkedMark(input, rules);
    // 000 §9.1: a mark over an absence (work done later) only with an explanation to parents and administration.
    const explanation = text(input.explanation, 'explanation', 500);
    if (absenceOf(page, lessonId, input.studentId) && !explanation) {
      throw new InvalidArgument(`строка ${index + 1}: ученик отсутствовал на уроке — отметка ставится только с пояснением для родителей (000 §9.1)`, { [`marks[${index}].explanation`]: 'обязательно при отсутствии' });
    }
    const mark: Mark = {
      id: idOf(index),
      lessonId,
      studentId: input.studentId,
      values: passFail ? [] : input.values,
      passFail,
      workKind: kind.code,
      weight: kind.weight,
      comment,
      setBy: by,
      setAt: at,
      onTime: markOnTime(lesson.date, kind, rules, at),
      removed: false,
      revision: 1,
      history: [],
      explanation,
    };
    return mark;
  });
  const added = marks.filter((mark) => !page.marks.includes(mark));
  return { page: { ...page, marks: [...page.marks, ...added] }, marks, added };
}

export interface MarkCorrection {
  values: number[];
  passFail?: string;
  workKind: string;
  comment?: string;
  remove: boolean;
  reason?: string;
}

function revised(mark: Mark, correction: MarkCorrection, rules: JournalRules, by: string, at: Date, reason: string): Mark {
  const before: MarkRevision = { values: mark.values, passFail: mark.passFail, workKind: mark.workKind, comment: mark.comment, changedBy: by, changedAt: at, reason, removed: correction.remove };
  if (correction.remove) return { ...mark, removed: true, revision: mark.revision + 1, history: [...mark.history, before] };
  const { kind, passFail, comment } = checkedMark({ studentId: mark.studentId, values: correction.values, passFail: correction.passFail, workKind: correction.workKind || mark.workKind, comment: correction.comment }, rules);
  return { ...mark, values: passFail ? [] : correction.values, passFail, workKind: kind.code, weight: kind.weight, comment, revision: mark.revision + 1, history: [...mark.history, before] };
}

/**
 * A teacher corrects their own mark within the school's window (settings.markCorrectionMinutes); after
 * it, a change or removal is a request the administrator decides (004 §4.1). Either way the previous
 * value, who, when and why are kept.
 */
export function correctMark(page: JournalPage, lessonId: string, markId: string, correction: MarkCorrection, rules: JournalRules, by: string, at: Date): { page: JournalPage; mark?: Mark; request?: ChangeRequest } {
  lessonOf(page, lessonId);
  const mark = page.marks.find((candidate) => candidate.id === markId && candidate.lessonId === lessonId);
  if (!mark || mark.removed) throw new NotFound('отметка не найдена');
  const reason = text(correction.reason, 'reason', 500);
  if (!reason) throw new InvalidArgument('укажите причину исправления', { reason: 'обязательное поле' });
  const withinWindow = mark.setBy === by && at.getTime() - new Date(mark.setAt).getTime() <= rules.markCorrectionMinutes * 60_000;
  if (withinWindow) {
    const next = revised(mark, correction, rules, by, at, reason);
    return { page: { ...page, marks: page.marks.map((candidate) => (candidate.id === markId ? next : candidate)) }, mark: next };
  }
  if (page.changeRequests.some((request) => request.markId === markId && request.status === 'pending')) throw new FailedPrecondition('по этой отметке уже есть запрос на изменение');
  if (!correction.remove) checkedMark({ studentId: mark.studentId, values: correction.values, passFail: correction.passFail, workKind: correction.workKind || mark.workKind }, rules);
  const request: ChangeRequest = {
    id: randomUUID(),
    markId,
    lessonId,
    studentId: mark.studentId,
    values: correction.values,
    passFail: correction.passFail ?? '',
    workKind: correction.workKind || mark.workKind,
    comment: correction.comment ?? '',
    removal: correction.remove,
    reason,
    requestedBy: by,
    requestedAt: at,
    status: 'pending',
    decidedBy: '',
    decisionNote: '',
  };
  return { page: { ...page, changeRequests: [...page.changeRequests, request] }, request };
}

/** The administrator approves (the mark changes, attributed to the teacher's request) or rejects. */
export function decideChangeRequest(page: JournalPage, requestId: string, approve: boolean, note: string, rules: JournalRules, by: string, at: Date): { page: JournalPage; request: ChangeRequest; mark?: Mark } {
  const request = page.changeRequests.find((candidate) => candidate.id === requestId);
  if (!request) throw new NotFound('запрос на изменение не найден');
  if (request.status !== 'pending') throw new FailedPrecondition('запрос уже рассмотрен');
  const decided: ChangeRequest = { ...request, status: approve ? 'approved' : 'rejected', decidedBy: by, decisionNote: text(note, 'note', 500) };
  let next = { ...page, changeRequests: page.changeRequests.map((candidate) => (candidate.id === requestId ? decided : candidate)) };
  if (!approve) return { page: next, request: decided };
  const mark = page.marks.find((candidate) => candidate.id === request.markId)!;
  const changed = revised(mark, { values: request.values, passFail: request.passFail, workKind: request.workKind, comment: request.comment, remove: request.removal }, rules, request.requestedBy, at, `${request.reason} (одобрено: ${by})`);
  next = { ...next, marks: next.marks.map((candidate) => (candidate.id === mark.id ? changed : candidate)) };
  return { page: next, request: decided, mark: changed };
}

/** Proposals of the period final for each student on the page. */
export function proposals(page: JournalPage, students: string[], length: PeriodLength, rules: JournalRules): Array<FinalProposal & { studentId: string }> {
  return students.map((studentId) => ({
    studentId,
    ...proposeFinal(
      page.marks
        .filter((mark) => mark.studentId === studentId && !mark.removed)
        .map((mark) => ({ values: mark.values, weight: mark.weight, written: rules.workKinds.find((kind) => kind.code === mark.workKind)?.written ?? false, passFail: mark.passFail !== '' })),
      length,
      rules,
    ),
  }));
}

/** The teacher sets the final; when it differs from the proposal the reason is required. */
export function setFinal(page: JournalPage, studentId: string, value: number, reason: string, proposal: FinalProposal | undefined, rules: JournalRules, by: string, at: Date, notAttested = false): { page: JournalPage; final: Final } {
  if (!proposal) throw new InvalidArgument('ученика нет на этой странице журнала', { studentId: 'ученик страницы' });
  const shortOf = `отметок ${proposal.counted} (письменных, лабораторных, практических ${proposal.written}), а нужно не меньше ${proposal.minimum} (из них ${proposal.minimumWritten}) — 004 §5`;
  if (notAttested) {
    // «н/а»: not attested, the final the rules allow when there are too few marks.
    if (!proposal.notEnoughMarks) throw new InvalidArgument(`«н/а» ставится, только когда отметок не хватает; у ученика их достаточно (${proposal.counted})`, { notAttested: 'только при нехватке отметок' });
    const final: Final = { kind: 'period', studentId, value: 0, proposed: proposal.proposed ?? 0, average: proposal.average ?? 0, reason: text(reason, 'reason', 500), setBy: by, setAt: at, notAttested: true };
    return { page: { ...page, finals: [...page.finals, final] }, final };
  }
  if (!(Number.isInteger(value) && value >= rules.lowestMark && value <= rules.highestMark)) throw new InvalidArgument(`итоговая отметка вне шкалы (${rules.lowestMark}–${rules.highestMark})`, { value: 'отметка' });
  if (proposal.notEnoughMarks && !text(reason, 'reason', 500)) {
    throw new InvalidArgument(`у ученика ${shortOf}: поставьте «н/а» (notAttested) или укажите причину итоговой отметки`, { reason: 'обязательно при нехватке отметок' });
  }
  const why = text(reason, 'reason', 500);
  if (proposal.proposed !== null && value !== proposal.proposed && !why) throw new InvalidArgument(`система предлагает ${proposal.proposed} (средний балл ${proposal.average}): укажите причину другой отметки`, { reason: 'обязательно, если отметка отличается' });
  const final: Final = { kind: 'period', studentId, value, proposed: proposal.proposed ?? 0, average: proposal.average ?? 0, reason: why, setBy: by, setAt: at };
  // Earlier finals stay on the page; the last one of a student is in force.
  return { page: { ...page, finals: [...page.finals, final] }, final };
}

/** The finals in force: the last one set for each student (and kind). */
export function currentFinals(page: Pick<JournalPage, 'finals'>): Final[] {
  return [...new Map(page.finals.map((final) => [`${final.kind ?? 'period'}:${final.studentId}`, final])).values()];
}

/** A lesson as curriculum published it (a newer version replaces the facts, never the teacher's record). */
export type LessonFacts = Pick<PageLesson, 'lessonId' | 'date' | 'number' | 'teacherId' | 'substituteTeacherId' | 'status' | 'grade' | 'yearId' | 'startsAt'> & { version: number };

export function withLesson(page: JournalPage, facts: LessonFacts): JournalPage | null {
  const current = page.lessons.find((lesson) => lesson.lessonId === facts.lessonId);
  if (current && current.lessonVersion >= facts.version) return null;
  const { version, ...fields } = facts;
  const lesson: PageLesson = current
    ? { ...current, ...fields, lessonVersion: version }
    : { ...fields, lessonVersion: version, topic: '', homework: '', noHomework: false, individualHomework: [], remarks: [], conducted: false, recordedBy: '', recordedAt: null, recordVersion: 0 };
  const lessons = [...page.lessons.filter((candidate) => candidate.lessonId !== facts.lessonId), lesson].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  return { ...page, lessons };
}

/** Puts attendance's newest word on a student's absence into the lesson's sheet. */
export function withAbsence(page: JournalPage, absence: PageAbsence): JournalPage | null {
  const current = (page.absences ?? []).find((candidate) => candidate.lessonId === absence.lessonId && candidate.studentId === absence.studentId);
  if (current && current.revision >= absence.revision) return null;
  return { ...page, absences: [...(page.absences ?? []).filter((candidate) => candidate !== current), absence] };
}
