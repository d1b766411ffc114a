import { REGIONAL_SUBJECT_CATALOGUE } from '@ejournal/contracts';
import type { DiaryStore } from '../store/diary.store';

const REGIONAL = new Map(REGIONAL_SUBJECT_CATALOGUE.map((subject) => [subject.id, subject.name]));

/**
 * Names the diary shows: subjects (the regional catalogue, or the school's own from curriculum's
 * events) and teachers (from identity's events). Read by id and kept in memory (the store's `recent`) —
 * the week page is the platform's busiest read. An unknown id reads as an empty name, never an error.
 */
export class Names {
  constructor(private readonly store: DiaryStore) {}

  /** The school's own subjects (not in the regional catalogue), whose names are diary documents. */
  static ownSubjects(ids: Iterable<string>): string[] {
    return [...new Set(ids)].filter((id) => !REGIONAL.has(id));
  }

  async subjects(ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const names = await Promise.all(unique.map(async (id) => REGIONAL.get(id) ?? (await this.store.recent.subjectNames.find(id))?.name ?? ''));
    return new Map(unique.map((id, index) => [id, names[index]]));
  }

  async teachers(ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)].filter(Boolean);
    const names = await Promise.all(unique.map(async (id) => (await this.store.recent.staffNames.find(id))?.name ?? ''));
    return new Map(unique.map((id, index) => [id, names[index]]));
  }
}
