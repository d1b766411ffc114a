import type { diaryV1 } from '@ejournal/contracts';
import { authorize, type Principal } from '@ejournal/kit';

/** How long a kept week page is answered from at most, should no hint of a change reach this gateway. */
const KEEP_MS = 60_000;
/** The bytes of kept pages one gateway holds (a week page is 2–10 KB: a few thousand pages). */
const MOST_BYTES = 16 * 1024 * 1024;
/** A diary answer that took longer than this is not kept: the hints it must be checked against are forgotten. */
const REMEMBER_CHANGES_MS = 30_000;

/** Where an opening of a kept page is counted (as the diary gave it): the class and month, the school, the pupil's key. */
export interface ViewPlace {
  classMonth: string;
  schoolId: string;
  studentKey: string;
}

/** A week page as the diary answered it, ready to send again. */
export interface KeptWeekPage {
  /** The page as the REST API answers it (JSON, UTF-8). */
  body: Buffer;
  /** Whose policy decides who may read it: the pupil's schools. */
  schoolIds: string[];
  documents: string[];
  view: ViewPlace;
  until: number;
}

/** When an answer was asked for: the hints heard by then, and the time. */
export interface AskedAt {
  heard: number;
  at: number;
}

/**
 * The diary's week pages this gateway answered lately, answered again without asking the diary — the
 * platform's busiest read (the evening, when parents open the diary) costs the gateway's own work only.
 *
 * - Fresh: the diary names the documents each page was built from (PageKeeping), and tells every
 *   gateway of every write to them (diary.pages.changed): a page is dropped when one changes, and an
 *   answer asked for before a change it was built from is not kept. While this gateway cannot hear the
 *   bus nothing is kept, and what was kept is dropped when it hears it again (hints went by meanwhile).
 *   A lost hint leaves a page stale for `keepMs` at most.
 * - The same answer as the diary's: a caller the policy lets read one of the pupil's schools' diaries
 *   for this pupil gets the kept page (the diary's own rule, `authorize`, on the schools it gave);
 *   anyone else is sent on to the diary, which answers as it always does. Every page answered here is
 *   counted as an opening, as the diary counts its own (DiaryViewTally).
 * - Bounded: `mostBytes` of pages, the least recently read dropped first.
 */
export class WeekPageCopies {
  private readonly kept = new Map<string, KeptWeekPage>();
  private readonly pagesOf = new Map<string, Set<string>>();
  /** Document → when a hint last named it (the count of hints heard then, and the time), oldest first. */
  private readonly changed = new Map<string, AskedAt>();
  private heard = 0;
  /** The count of hints at the last change of hearing: answers asked for before it are not kept. */
  private heardSince = 0;
  private bytes = 0;
  private live = false;

  constructor(
    private readonly keepMs = KEEP_MS,
    private readonly mostBytes = MOST_BYTES,
  ) {}

  /** Whether this gateway hears the diary's hints now: while it does not, nothing is kept. */
  hearing(live: boolean): void {
    this.live = live;
    this.heard += 1;
    this.heardSince = this.heard;
    this.clear();
  }

  /** Before asking the diary: what the answer is checked against when it comes. */
  asked(now = Date.now()): AskedAt {
    return { heard: this.heard, at: now };
  }

  /** A kept page of this pupil and week that this caller may read, or nothing (ask the diary). */
  find(principal: Principal, studentId: string, week: string, now = Date.now()): KeptWeekPage | undefined {
    const key = pageKey(studentId, week);
    const page = this.kept.get(key);
    if (!page) return undefined;
    if (page.until <= now) {
      this.drop(key);
      return undefined;
    }
    if (!page.schoolIds.some((schoolId) => authorize(principal, 'diary.read', { schoolId, studentId }))) return undefined;
    // The most recently read last: the least recently read go first.
    this.kept.delete(key);
    this.kept.set(key, page);
    return page;
  }

  /** Keeps the diary's answer, unless one of its documents changed since it was asked for. */
  keep(studentId: string, week: string, body: Buffer, keeping: diaryV1.PageKeeping__Output, asked: AskedAt, now = Date.now()): void {
    if (!this.live || asked.heard < this.heardSince || now - asked.at > REMEMBER_CHANGES_MS || keeping.schoolIds.length === 0) return;
    if (keeping.documents.some((document) => (this.changed.get(document)?.heard ?? -1) > asked.heard)) return;
    if (body.length > this.mostBytes / 16) return;
    const key = pageKey(studentId, week);
    this.drop(key);
    this.kept.set(key, {
      body,
      schoolIds: keeping.schoolIds,
      documents: keeping.documents,
      view: { classMonth: keeping.viewClassMonth, schoolId: keeping.viewSchoolId, studentKey: keeping.studentKey },
      until: now + this.keepMs,
    });
    this.bytes += body.length;
    for (const document of keeping.documents) this.pagesOf.set(document, (this.pagesOf.get(document) ?? new Set()).add(key));
    for (const [oldest] of this.kept) {
      if (this.bytes <= this.mostBytes) break;
      this.drop(oldest);
    }
  }

  /** A hint: these diary documents were written. */
  documentsChanged(documents: string[], now = Date.now()): void {
    this.heard += 1;
    for (const document of documents) {
      this.changed.delete(document);
      this.changed.set(document, { heard: this.heard, at: now });
      for (const key of this.pagesOf.get(document) ?? []) this.drop(key);
    }
    for (const [document, when] of this.changed) {
      if (now - when.at <= REMEMBER_CHANGES_MS) break;
      this.changed.delete(document);
    }
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.kept.size, bytes: this.bytes };
  }

  private drop(key: string): void {
    const page = this.kept.get(key);
    if (!page) return;
    this.kept.delete(key);
    this.bytes -= page.body.length;
    for (const document of page.documents) {
      const pages = this.pagesOf.get(document);
      pages?.delete(key);
      if (pages?.size === 0) this.pagesOf.delete(document);
    }
  }

  private clear(): void {
    this.kept.clear();
    this.pagesOf.clear();
    this.bytes = 0;
  }
}

const pageKey = (studentId: string, week: string) => `${studentId}:${week}`;
