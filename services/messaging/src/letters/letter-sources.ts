import { isIsoDate, type curriculumV1, type diaryV1, type identityV1 } from '@ejournal/contracts';
import { InvalidArgument, isServiceError, timeLeft } from '@ejournal/kit';
import { addDays, weekdayOf } from '@ejournal/school-rules';
import { status as GrpcStatus } from '@grpc/grpc-js';
import type { Peers } from '../peers';
import type { LetterSubject, ProgressLetter } from './progress-letter';

/** 004 §4.2.4: a letter covers a week (at least weekly on paper) or a month (the monthly notice). */
export const LONGEST_INTERVAL_DAYS = 31;

export interface LetterInterval {
  from: string;
  to: string;
  /** The Monday of every week the interval touches (the diary answers by week). */
  mondays: string[];
}

/** The interval of a letter: two dates ГГГГ-ММ-ДД, the first not after the second, at most 31 days together. */
export function letterInterval(from: string, to: string): LetterInterval {
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw new InvalidArgument('период письма: даты ГГГГ-ММ-ДД', { ...(isIsoDate(from) ? {} : { from: 'дата ГГГГ-ММ-ДД' }), ...(isIsoDate(to) ? {} : { to: 'дата ГГГГ-ММ-ДД' }) });
  }
  if (from > to) throw new InvalidArgument('начало периода позже его конца', { from: 'не позже конца периода' });
  if (to > addDays(from, LONGEST_INTERVAL_DAYS - 1)) throw new InvalidArgument(`период письма — не длиннее ${LONGEST_INTERVAL_DAYS} дня (неделя или месяц)`, { to: `не позже ${addDays(from, LONGEST_INTERVAL_DAYS - 1)}` });
  const mondays: string[] = [];
  for (let monday = addDays(from, 1 - weekdayOf(from)); monday <= to; monday = addDays(monday, 7)) mondays.push(monday);
  return { from, to, mondays };
}

/** «Иванова Мария Петровна» */
const fullName = (person: { lastName: string; firstName: string; middleName: string }) => [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');
const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');
/** A class list's order: by surname, then name (ё as е). */
const byName = (a: identityV1.DirectoryEntry__Output, b: identityV1.DirectoryEntry__Output) => fold(fullName(a)).localeCompare(fold(fullName(b)), 'ru');

/** A mark as the journal writes it: «5», a double mark «4/5», «зачёт». */
const markText = (mark: diaryV1.DiaryMark__Output) => mark.passFail || mark.values.join('/');

/**
 * One pupil's letter from the diary's week pages — what the family would see there: per subject the
 * marks (the kind of work by name, the teacher's comment), absences, homework and remarks of the
 * lessons within the interval. Cancelled lessons are left out.
 */
export function pupilLetter(
  heading: Omit<ProgressLetter, 'pupil' | 'subjects'>,
  pupil: string,
  weeks: diaryV1.WeekPage__Output[],
  workKinds: Map<string, string>,
): ProgressLetter {
  const subjects = new Map<string, LetterSubject>();
  const lessons = weeks
    .flatMap((week) => week.lessons)
    .filter((lesson) => lesson.date >= heading.from && lesson.date <= heading.to && lesson.status !== 'cancelled')
    .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  for (const lesson of lessons) {
    const subject = subjects.get(lesson.subjectId) ?? { name: lesson.subjectName || lesson.subjectId, teachers: [], marks: [], absences: [], homework: [], remarks: [] };
    subjects.set(lesson.subjectId, subject);
    if (lesson.teacherName && !subject.teachers.includes(lesson.teacherName)) subject.teachers.push(lesson.teacherName);
    for (const mark of lesson.marks) subject.marks.push({ date: lesson.date, mark: markText(mark), workKind: workKinds.get(mark.workKind) ?? '', comment: mark.comment });
    if (lesson.absence) subject.absences.push({ date: lesson.date, text: lesson.absence });
    const files = lesson.files.length ? `(файлы в электронном дневнике: ${lesson.files.map((file) => file.name).join(', ')})` : '';
    const homework = [lesson.homework, lesson.individualHomework && `индивидуально: ${lesson.individualHomework}`, files].filter(Boolean).join('; ');
    if (homework) subject.homework.push({ date: lesson.date, text: homework });
    if (lesson.remark) subject.remarks.push({ date: lesson.date, text: lesson.remark });
  }
  return { ...heading, pupil, subjects: [...subjects.values()] };
}

/** Runs the work over the items, at most `limit` at a time, answering in the items' order. */
async function inTurns<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Week pages asked of the diary at once (a class of 35 for a month: 35 × 5 pages). */
const DIARY_CALLS_AT_ONCE = 8;
/** No single call waits longer than this, nor beyond the deadline of the call being served. */
const CALL_DEADLINE_MS = 10_000;

/**
 * The owning services, as the letters read them with messaging's own identity (`Peers`): identity's
 * school directory (the pupils' names), curriculum's class, school and kinds of work, and each pupil's
 * weeks in the diary — what the family would see there.
 */
export class LetterSources {
  constructor(private readonly peers: Peers) {}

  private get deadlineMs(): number {
    return Math.min(timeLeft(), CALL_DEADLINE_MS);
  }

  /** The class as curriculum keeps it; null when there is no such class. */
  async schoolClass(classId: string): Promise<curriculumV1.SchoolClass__Output | null> {
    return this.peers.call<curriculumV1.SchoolClass__Output>('CurriculumService/GetClass', (md, o, cb) => this.peers.curriculum.getClass({ classId }, md, o, cb), this.deadlineMs).catch((error: unknown) => {
      if (isServiceError(error) && (error.code === GrpcStatus.NOT_FOUND || error.code === GrpcStatus.INVALID_ARGUMENT)) return null;
      throw error;
    });
  }

  /** The letters of the class's pupils (as identity lists them in the class), in the order of the class list. */
  async letters(schoolClass: curriculumV1.SchoolClass__Output, interval: LetterInterval): Promise<ProgressLetter[]> {
    const schoolId = schoolClass.schoolId;
    const [school, settings, directory] = await Promise.all([
      this.peers.call<curriculumV1.School__Output>('CurriculumService/GetSchool', (md, o, cb) => this.peers.curriculum.getSchool({ id: schoolId }, md, o, cb), this.deadlineMs),
      this.peers.call<curriculumV1.SchoolSettings__Output>('CurriculumService/GetSchoolSettings', (md, o, cb) => this.peers.curriculum.getSchoolSettings({ id: schoolId }, md, o, cb), this.deadlineMs),
      this.peers.call<identityV1.SchoolDirectory__Output>('IdentityService/GetSchoolDirectory', (md, o, cb) => this.peers.identity.getSchoolDirectory({ schoolId }, md, o, cb), this.deadlineMs),
    ]);
    const pupils = directory.people.filter((person) => person.kind === 'student' && person.classId === schoolClass.id).sort(byName);
    const classTeacher = schoolClass.classTeacherId ? directory.people.find((person) => person.personId === schoolClass.classTeacherId) : undefined;
    const heading = { school: school.shortName || school.name, className: schoolClass.name, classTeacher: classTeacher ? fullName(classTeacher) : '', from: interval.from, to: interval.to };
    const workKinds = new Map(settings.workKinds.map((kind) => [kind.code, kind.name]));
    const pages = await inTurns(
      pupils.flatMap((pupil) => interval.mondays.map((weekOf) => ({ studentId: pupil.personId, weekOf }))),
      DIARY_CALLS_AT_ONCE,
      (request) => this.peers.call<diaryV1.WeekPage__Output>('DiaryService/GetWeekPage', (md, o, cb) => this.peers.diary.getWeekPage(request, md, o, cb), this.deadlineMs),
    );
    return pupils.map((pupil, index) => pupilLetter(heading, fullName(pupil), pages.slice(index * interval.mondays.length, (index + 1) * interval.mondays.length), workKinds));
  }
}
