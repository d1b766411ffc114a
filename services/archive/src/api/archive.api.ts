import { archivePackage, GRPC_SERVICE_NAMES, toTimestamp, type archiveV1 } from '@ejournal/contracts';
import { authorize, InvalidArgument, NotFound, type AsyncHandlers, type GrpcServiceBinding, type Principal } from '@ejournal/kit';
import { randomUUID } from 'node:crypto';
import type { Archivist } from '../archiving/archivist';
import { published } from '../domain/archive-keys';
import type { ClosedRecord } from '../domain/closed-records';
import { parseRecordFile, verifyRecordFile, type RecordFile, type Verification } from '../domain/record-file';
import { dueForRemoval } from '../domain/retention';
import type { Peers } from '../peers';
import { printAttendanceSheet } from '../printouts/attendance-printout';
import { printJournalPage } from '../printouts/journal-printout';
import { printSummarySheet } from '../printouts/summary-printout';
import type { ArchiveStore, RecordRead, StoredRecord } from '../store/archive.store';

type Handlers = AsyncHandlers<archiveV1.ArchiveServiceHandlers>;

export const RECORD_MISSING = 'запись архива не найдена';
/** The largest file a caller may hand in to be checked (a page of 35 pupils × 60 lessons is under 1 MB). */
export const MAX_CHECKED_FILE = 8 * 1024 * 1024;

const KINDS = ['', 'journal-page', 'attendance-sheet', 'summary-sheet'];

function resourceOf(record: Pick<StoredRecord, 'schoolId' | 'classId' | 'groupId' | 'subjectId'>) {
  return { schoolId: record.schoolId, classId: record.classId, groupId: record.groupId || undefined, subjectId: record.subjectId || undefined };
}

export function summaryMessage(record: StoredRecord): archiveV1.RecordSummary {
  return {
    hash: record._id,
    kind: record.kind,
    schoolId: record.schoolId,
    yearId: record.yearId,
    periodId: record.periodId,
    classId: record.classId,
    groupId: record.groupId,
    subjectId: record.subjectId,
    title: record.title,
    sequence: record.sequence,
    amends: record.amends,
    archivedAt: toTimestamp(record.archivedAt),
    retainUntil: record.retainUntil,
    legalHold: record.legalHold,
    legalHoldReason: record.legalHoldReason,
    keyId: record.keyId,
    size: record.size ?? 0,
  };
}

function verificationMessage(verification: Verification): archiveV1.Verification {
  return { ...verification, signedAt: verification.signedAt ? toTimestamp(verification.signedAt) : undefined };
}

/**
 * The archive's calls: who may read a record is decided on the record's place (its school, class and
 * subject); another school's record, a record not there and one the caller may not read get the same
 * answer. Every read of a record (fetch, print, check by hash) and every hold is logged with who did it.
 */
export function archiveApi(store: ArchiveStore, archivist: Archivist, peers: Peers, verifyUrl: string): GrpcServiceBinding {
  const readable = async (hash: string, principal: Principal, action: RecordRead['action']): Promise<StoredRecord> => {
    const record = /^[0-9a-f]{64}$/.test(hash ?? '') ? await store.record(hash) : null;
    if (!record || !authorize(principal, action === 'hold' || action === 'release' ? 'archive.manage' : 'archive.read', resourceOf(record))) throw new NotFound(RECORD_MISSING);
    await store.logRead({ _id: randomUUID(), hash: record._id, schoolId: record.schoolId, readerId: principal.subject, action, at: new Date() });
    return record;
  };
  const keysFor = async (file: RecordFile) => {
    const schoolId = String((file.record as { school?: { id?: unknown } }).school?.id ?? '');
    return (schoolId ? await store.keysOf(schoolId) : []).map(published);
  };

  const handlers: Handlers = {
    async ListRecords(request, { principal }) {
      if (!KINDS.includes(request.kind)) throw new InvalidArgument('вид записи: journal-page, attendance-sheet или summary-sheet', { kind: 'journal-page, attendance-sheet, summary-sheet или пусто' });
      const records = request.schoolId ? await store.ofSchool(request.schoolId) : [];
      return {
        records: records
          .filter((record) => (!request.periodId || record.periodId === request.periodId) && (!request.classId || record.classId === request.classId) && (!request.kind || record.kind === request.kind))
          .filter((record) => authorize(principal, 'archive.read', resourceOf(record)))
          .sort((a, b) => b.archivedAt.getTime() - a.archivedAt.getTime() || a.title.localeCompare(b.title, 'ru') || b.sequence - a.sequence)
          .map(summaryMessage),
      };
    },

    async GetRecord(request, { principal }) {
      const record = await readable(request.hash, principal, 'fetch');
      return { summary: summaryMessage(record), fileJson: record.fileText };
    },

    async VerifyRecord(request, { principal }) {
      if (request.hash) {
        const record = await readable(request.hash, principal, 'verify');
        const file = parseRecordFile(record.fileText)!;
        return verificationMessage(verifyRecordFile(file, await keysFor(file)));
      }
      if (!request.fileJson) throw new InvalidArgument('укажите запись (hash) или файл записи (fileJson)', { fileJson: 'файл записи архива (JSON)' });
      if (Buffer.byteLength(request.fileJson, 'utf8') > MAX_CHECKED_FILE) throw new InvalidArgument(`файл больше ${MAX_CHECKED_FILE / 1024 / 1024} МБ: это не запись архива`, { fileJson: `до ${MAX_CHECKED_FILE / 1024 / 1024} МБ` });
      const file = parseRecordFile(request.fileJson);
      if (!file) throw new InvalidArgument('это не файл записи архива: нужен JSON с полями record, sha256 и signature', { fileJson: 'файл записи архива (JSON)' });
      return verificationMessage(verifyRecordFile(file, await keysFor(file)));
    },

    async PrintRecord(request, { principal }) {
      const stored = await readable(request.hash, principal, 'print');
      const record = parseRecordFile(stored.fileText)!.record as unknown as ClosedRecord;
      const pdf =
        record.kind === 'summary-sheet' ? await printSummarySheet(record, stored._id, verifyUrl) : record.kind === 'attendance-sheet' ? await printAttendanceSheet(record, stored._id, verifyUrl) : await printJournalPage(record, stored._id, verifyUrl);
      return { fileName: `archive-${stored._id.slice(0, 12)}.pdf`, pdf };
    },

    async GetArchiveKeys(request) {
      const keys = request.schoolId ? await store.keysOf(request.schoolId) : await store.allKeys();
      return { keys: keys.sort((a, b) => a.schoolId.localeCompare(b.schoolId) || a.number - b.number).map((key) => keyMessage(key)) };
    },

    async RotateArchiveKey(request, { principal }) {
      if (!request.schoolId || !authorize(principal, 'archive.manage', { schoolId: request.schoolId })) throw new NotFound('школа не найдена');
      const school = await peers.school(request.schoolId);
      await archivist.rotateKey({ id: school.id, name: school.name });
      return { keys: (await store.keysOf(request.schoolId)).sort((a, b) => a.number - b.number).map((key) => keyMessage(key)) };
    },

    async SetLegalHold(request, { principal }) {
      const reason = (request.reason ?? '').replace(/\s+/g, ' ').trim();
      if (request.hold && (!reason || reason.length > 500)) throw new InvalidArgument('укажите основание удержания записи (до 500 символов)', { reason: 'обязательное поле' });
      const record = await readable(request.hash, principal, request.hold ? 'hold' : 'release');
      const changed = (await store.setHold(record._id, request.hold, reason))!;
      // A record kept past its term only by the hold goes once the hold is lifted (the daily pass has passed its day).
      if (!request.hold && dueForRemoval(changed, new Date().toISOString().slice(0, 10))) await store.remove(changed, new Date());
      return summaryMessage(changed);
    },

    async ListArchivings(request, { principal }) {
      if (!request.schoolId || !authorize(principal, 'archive.read', { schoolId: request.schoolId })) return { archivings: [] };
      const jobs = await store.jobsOf(request.schoolId);
      return {
        archivings: jobs
          .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime())
          .map((job) => ({ id: job._id, yearId: job.yearId, periodId: job.periodId, periodName: job.periodName, status: job.status, records: job.records, requestedAt: toTimestamp(job.requestedAt), finishedAt: job.finishedAt ? toTimestamp(job.finishedAt) : undefined, lastError: job.lastError })),
      };
    },
  };
  return { name: GRPC_SERVICE_NAMES.archive, definition: archivePackage().ArchiveService.service, handlers };
}

function keyMessage(key: Parameters<typeof published>[0]): archiveV1.ArchiveKey {
  const open = published(key);
  return { ...open, validFrom: toTimestamp(open.validFrom), validUntil: open.validUntil ? toTimestamp(open.validUntil) : undefined };
}
