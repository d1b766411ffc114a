import type { Versioned, VersionedDocuments } from '@ejournal/kit';

/**
 * Documents the week page reads again and again — a class's week (the same for every pupil of the
 * class) and a pupil's places (on every page) — kept in memory for a moment: parents opening one
 * class's week at once cost one read, not one each (reads in flight are shared too). A document this
 * process writes (the consumer, the full export) is forgotten at once; a write by another instance
 * shows within `keepMs`. Callers must not change what they get.
 */
export class RecentDocuments<T extends Versioned> {
  private readonly kept = new Map<string, { document: Promise<T | null>; until: number }>();

  constructor(
    private readonly documents: VersionedDocuments<T>,
    private readonly keepMs: number,
    private readonly most = 5_000,
  ) {
    documents.onWrite((id) => this.forget(id));
  }

  /** The MongoDB collection the documents are kept in. */
  get collection(): string {
    return this.documents.model.collection.name;
  }

  find(id: string, now = Date.now()): Promise<T | null> {
    const hit = this.kept.get(id);
    if (hit && hit.until > now) return hit.document;
    if (this.kept.size >= this.most) this.forgetOld(now);
    const document = this.documents.find(id);
    const entry = { document, until: now + this.keepMs };
    this.kept.set(id, entry);
    document.catch(() => {
      if (this.kept.get(id) === entry) this.kept.delete(id);
    });
    return document;
  }

  /** After a write of this document (here, or by another instance as its hint says): the next read reads it again. */
  forget(id: string): void {
    this.kept.delete(id);
  }

  private forgetOld(now: number): void {
    for (const [id, entry] of this.kept) if (entry.until <= now) this.kept.delete(id);
    if (this.kept.size >= this.most) this.kept.clear();
  }
}
