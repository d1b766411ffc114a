import { REGIONAL_SUBJECT_CATALOGUE, type curriculumV1, type gradebookV1 } from '@ejournal/contracts';
import type { Logger } from '@ejournal/kit';
import { currentKey, newArchiveKey, signerName, unlockKey, type ArchiveKey } from '../domain/archive-keys';
import { contentHash } from '../domain/canonical-form';
import { fullName, recordBody, recordSlot, recordTitle, type ClosedRecord, type JournalPageRecord, type Named, type RecordPlace } from '../domain/closed-records';
import { attendanceSheetRecord, journalPageRecord, peopleOfPage, summarySheetRecord, type SubjectYear } from '../domain/record-builders';
import { recordFileText, signRecord } from '../domain/record-file';
import { retainUntil, type RetentionTerms } from '../domain/retention';
import type { Peers } from '../peers';
import type { ArchiveStore, ArchivingJob } from '../store/archive.store';

/** Why a record is added to a line that has one already. */
export interface Cause {
  reason: string;
  changeRequestId: string;
}

/** How many pages are assembled at once (each a few calls to the owners). */
const PAGES_AT_ONCE = 4;

/** The school's year as the archive names things in it: the school, the year, its classes and subjects by id. */
interface SchoolYear {
  school: Named;
  year: curriculumV1.AcademicYear__Output;
  classes: Map<string, curriculumV1.SchoolClass__Output>;
  subjects: Map<string, string>;
}

/**
 * Assembles closed records from their owners, signs them with the school's key and keeps them — the
 * record made at closure first in its line, then an amendment for each later change (an approved
 * change request, a period closed again with something changed), each naming the record before it.
 */
export class Archivist {
  constructor(
    private readonly store: ArchiveStore,
    private readonly peers: Peers,
    private readonly settings: { passphrase: string; terms: RetentionTerms },
    private readonly logger: Logger,
  ) {}

  /** Archives every page of a closed period, and at the year's last period the classes' summary sheets. Returns how many records were added. */
  async archivePeriod(job: ArchivingJob): Promise<number> {
    const context = await this.schoolYear(job.schoolId, job.yearId);
    const period = context.year.periods.find((candidate) => candidate.id === job.periodId);
    if (!period) throw new Error(`period ${job.periodId} is not in year ${job.yearId}`);
    if (!period.closedOn) return 0; // reopened before its archiving ran: archived when closed again
    const keys = await this.peers.pagesOf(job.schoolId, job.periodId);
    const cause = { reason: 'период закрыт повторно после изменений', changeRequestId: '' };
    let added = 0;
    const pagesOfClass = new Map<string, JournalPageRecord[]>();
    for (let start = 0; start < keys.length; start += PAGES_AT_ONCE) {
      const outcomes = await Promise.all(keys.slice(start, start + PAGES_AT_ONCE).map((key) => this.archivePage(context, period, key, cause)));
      for (const { record, kept } of outcomes) {
        if (kept) added += 1;
        pagesOfClass.set(record.class.id, [...(pagesOfClass.get(record.class.id) ?? []), record]);
      }
    }
    // Each class's attendance sheet of the period, from its pages as just archived.
    for (const [classId, pages] of pagesOfClass) {
      const sheet = attendanceSheetRecord(this.place(context, period, classId), pages);
      if (await this.keepInLine(sheet, { reason: 'период закрыт повторно после изменений', changeRequestId: '' })) added += 1;
    }
    // The closure that leaves no period of the year open (of any scheme: quarters and half-years) ends the year.
    if (context.year.periods.every((candidate) => candidate.closedOn)) added += await this.archiveSummarySheets(context);
    return added;
  }

  /** An approved change to a mark of a closed period: the page's record is amended (when it has been archived). */
  async amendPage(schoolId: string, change: gradebookV1.ChangeRequestDecided__Output): Promise<boolean> {
    if (!change.approved || !change.periodId) return false;
    const slot = ['journal-page', change.periodId, change.classId, change.groupId, change.subjectId].join('|');
    const [kept] = await this.store.line(slot);
    if (!kept) return false; // not archived yet: the closure's archiving takes the page as it is then
    const context = await this.schoolYear(schoolId, kept.yearId);
    const period = context.year.periods.find((candidate) => candidate.id === change.periodId);
    if (!period) return false;
    const key = { classId: change.classId, groupId: change.groupId, subjectId: change.subjectId, periodId: change.periodId };
    const { kept: amended } = await this.archivePage(context, period, key, { reason: `изменение отметки по запросу, одобренному администратором${change.note ? `: ${change.note}` : ''}`, changeRequestId: change.requestId });
    return amended;
  }

  private async schoolYear(schoolId: string, yearId: string): Promise<SchoolYear> {
    const [school, year, classes, subjects] = await Promise.all([this.peers.school(schoolId), this.peers.year(yearId), this.peers.classes(yearId), this.peers.subjects(schoolId)]);
    return {
      school: { id: school.id, name: school.name },
      year,
      classes: new Map(classes.map((klass) => [klass.id, klass])),
      subjects: new Map([...REGIONAL_SUBJECT_CATALOGUE, ...subjects].map((subject) => [subject.id, subject.name])),
    };
  }

  private place(context: SchoolYear, period: curriculumV1.Period__Output, classId: string): RecordPlace {
    return {
      school: context.school,
      year: { id: context.year.id, name: context.year.name },
      period: { id: period.id, name: period.name, startsOn: period.startsOn, endsOn: period.endsOn, closedOn: period.closedOn },
      class: { id: classId, name: context.classes.get(classId)?.name ?? classId },
    };
  }

  private async nameOf(schoolId: string, personIds: string[]): Promise<(id: string) => string> {
    const names = await this.peers.names(schoolId, personIds);
    return (id) => fullName(names.get(id), id);
  }

  private async archivePage(context: SchoolYear, period: curriculumV1.Period__Output, key: gradebookV1.JournalPageKey__Output, cause: Cause): Promise<{ record: JournalPageRecord; kept: boolean }> {
    const page = await this.peers.page(key);
    const nameOf = await this.nameOf(context.school.id, peopleOfPage(page));
    const klass = context.classes.get(key.classId);
    const group = key.groupId ? { id: key.groupId, name: klass?.groups.find((candidate) => candidate.id === key.groupId)?.name ?? key.groupId } : undefined;
    const subject = { id: key.subjectId, name: context.subjects.get(key.subjectId) ?? key.subjectId };
    const record = journalPageRecord({ ...this.place(context, period, key.classId), subject, group }, page, nameOf);
    return { record, kept: await this.keepInLine(record, cause) };
  }

  /** The summary sheet of each class: every subject's year finals (a split subject's groups together). */
  private async archiveSummarySheets(context: SchoolYear): Promise<number> {
    const periods = [...context.year.periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    const keys = (await Promise.all(periods.map((period) => this.peers.pagesOf(context.school.id, period.id)))).flat();
    // Per class: its pages by subject and group, and the periods it has pages in.
    const byClass = new Map<string, { pages: Map<string, gradebookV1.JournalPageKey__Output>; periodIds: Set<string> }>();
    for (const key of keys) {
      const entry = byClass.get(key.classId) ?? { pages: new Map(), periodIds: new Set<string>() };
      entry.pages.set(`${key.subjectId}|${key.groupId}`, key);
      entry.periodIds.add(key.periodId);
      byClass.set(key.classId, entry);
    }
    // The sheet is kept from the day the year's last period was closed (002 §5: 25 years).
    const closedOn = periods.map((period) => period.closedOn).sort().at(-1)!;
    const yearPeriod = { id: `year:${context.year.id}`, name: 'учебный год', startsOn: periods[0].startsOn, endsOn: periods.map((period) => period.endsOn).sort().at(-1)!, closedOn } as curriculumV1.Period__Output;
    let added = 0;
    for (const [classId, { pages, periodIds }] of byClass) {
      const subjects = new Map<string, SubjectYear>();
      for (const key of pages.values()) {
        const finals = await this.peers.yearFinals({ classId, groupId: key.groupId, subjectId: key.subjectId, yearId: context.year.id });
        const known = subjects.get(key.subjectId);
        if (known) known.finals = { ...known.finals, students: [...known.finals.students, ...finals.students], finals: [...known.finals.finals, ...finals.finals] };
        else subjects.set(key.subjectId, { subject: { id: key.subjectId, name: context.subjects.get(key.subjectId) ?? key.subjectId }, finals });
      }
      const pupilIds = [...new Set([...subjects.values()].flatMap((subject) => subject.finals.students.map((student) => student.studentId)))];
      const nameOf = await this.nameOf(context.school.id, pupilIds);
      // The columns: every period of the class's scheme (quarters, trimesters or half-years), a period without lessons too.
      const schemes = new Set(periods.filter((period) => periodIds.has(period.id)).map((period) => period.scheme));
      const columns = periods.filter((period) => schemes.has(period.scheme)).map((period) => ({ id: period.id, name: period.name }));
      const record = summarySheetRecord(this.place(context, yearPeriod, classId), columns, [...subjects.values()], nameOf);
      if (await this.keepInLine(record, { reason: 'год закрыт повторно после изменений', changeRequestId: '' })) added += 1;
    }
    return added;
  }

  /** Keeps the record as the next in its line when it differs from the last one kept; false when nothing changed. */
  private async keepInLine(record: ClosedRecord, cause: Cause): Promise<boolean> {
    const slot = recordSlot(record);
    const bodyHash = contentHash(recordBody(record));
    for (let attempt = 0; attempt < 5; attempt++) {
      const last = (await this.store.line(slot)).at(-1);
      if (last && last.bodyHash === bodyHash) return false;
      const amended: ClosedRecord = last ? { ...record, amends: { sha256: last._id, reason: cause.reason, changeRequestId: cause.changeRequestId } } : record;
      const key = await this.signingKey(record.school);
      const now = new Date();
      const file = signRecord(amended, { keyId: key.keyId, signer: signerName(record.school.name, key), privateKey: unlockKey(key, this.settings.passphrase) }, now);
      const sequence = last ? last.sequence + 1 : 0;
      const fileText = recordFileText(file);
      const kept = await this.store.keep({
        _id: file.sha256,
        place: `${slot}#${sequence}`,
        slot,
        sequence,
        kind: record.kind,
        schoolId: record.school.id,
        yearId: record.year.id,
        periodId: record.period.id,
        classId: record.class.id,
        groupId: record.kind === 'journal-page' ? (record.group?.id ?? '') : '',
        subjectId: record.kind === 'journal-page' ? record.subject.id : '',
        title: recordTitle(amended),
        amends: last?._id ?? '',
        amendment: amended.amends,
        bodyHash,
        archivedAt: now,
        retainUntil: retainUntil(record.kind, record.period.closedOn, this.settings.terms),
        legalHold: false,
        legalHoldReason: '',
        keyId: key.keyId,
        fileText,
        size: Buffer.byteLength(fileText, 'utf8'),
      });
      if (kept) {
        this.logger.info('record archived', { hash: file.sha256, kind: record.kind, sequence, schoolId: record.school.id });
        return true;
      }
    }
    throw new Error(`the line ${slot} is being written by another archiver; try again`);
  }

  /** The school's current key; its first one is made when it first signs. */
  async signingKey(school: Named): Promise<ArchiveKey> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const keys = await this.store.keysOf(school.id);
      const current = currentKey(keys, new Date());
      if (current) return current;
      const number = Math.max(0, ...keys.map((key) => key.number)) + 1;
      await this.store.addKey(newArchiveKey(school.id, number, this.settings.passphrase, new Date()));
    }
    throw new Error(`no archive key for school ${school.id}`);
  }

  /** A new key for the school: the current one stops signing now (what it signed still verifies). */
  async rotateKey(school: Named): Promise<ArchiveKey> {
    const keys = await this.store.keysOf(school.id);
    const now = new Date();
    const number = Math.max(0, ...keys.map((key) => key.number)) + 1;
    const added = newArchiveKey(school.id, number, this.settings.passphrase, now);
    if (!(await this.store.addKey(added))) throw new Error('another rotation of this school\'s key is under way');
    for (const key of keys) if (!key.validUntil) await this.store.endKey(key.keyId, now);
    return added;
  }
}
