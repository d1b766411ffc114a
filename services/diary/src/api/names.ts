import { REGIONAL_SUBJECT_CATALOGUE } from '@ejournal/contracts';
import { RecentDocuments } from '../store/recent-documents';
import type { StaffName } from '../domain/diary';
import type { DiaryStore } from '../store/diary.store';

/** How long a name read from the store is reused: a teacher renamed through another instance shows within a minute. */
const NAME_TTL_MS = 60_000;
const REGIONAL = new Map(REGIONAL_SUBJECT_CATALOGUE.map((subject) => [subject.id, subject.name]));

/**
 * Names the diary shows: subjects (the regional catalogue, or the school's own from curriculum's
 * events) and teachers (from identity's events). Read by id and kept in memory (recent-documents.ts) —
 * the week page is the platform's busiest read. An unknown id reads as an empty name, never an error.
 */
export class Names {
  private readonly subjectNames: RecentDocuments<{ _id: string; name: string; version: number }>;
  private readonly staffNames: RecentDocuments<StaffName>;

  constructor(store: DiaryStore) {
    this.subjectNames = new RecentDocuments(store.subjectNames, NAME_TTL_MS, 50_000);
    this.staffNames = new RecentDocuments(store.staffNames, NAME_TTL_MS, 50_000);
  }

  async subjects(ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const names = await Promise.all(unique.map(async (id) => REGIONAL.get(id) ?? (await this.subjectNames.find(id))?.name ?? ''));
    return new Map(unique.map((id, index) => [id, names[index]]));
  }

  async teachers(ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)].filter(Boolean);
    const names = await Promise.all(unique.map(async (id) => (await this.staffNames.find(id))?.name ?? ''));
    return new Map(unique.map((id, index) => [id, names[index]]));
  }
}
