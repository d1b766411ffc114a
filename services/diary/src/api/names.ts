import { REGIONAL_SUBJECT_CATALOGUE } from '@ejournal/contracts';
import type { DiaryStore } from '../store/diary.store';

/** How long a name read from the store is reused: a renamed teacher shows within a minute. */
const NAME_TTL_MS = 60_000;
const REGIONAL = new Map(REGIONAL_SUBJECT_CATALOGUE.map((subject) => [subject.id, subject.name]));

/**
 * Names the diary shows: subjects (the regional catalogue, or the school's own from curriculum's
 * events) and teachers (from identity's events). Read by id and kept briefly in memory — the week
 * page is the platform's busiest read. An unknown id reads as an empty name, never an error.
 */
export class Names {
  private readonly cache = new Map<string, { name: string; until: number }>();

  constructor(private readonly store: DiaryStore) {}

  async subjects(ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const names = await Promise.all(unique.map((id) => REGIONAL.get(id) ?? this.cached(`subject:${id}`, () => this.store.subjectNames.find(id))));
    return new Map(unique.map((id, index) => [id, names[index]]));
  }

  async teachers(ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)].filter(Boolean);
    const names = await Promise.all(unique.map((id) => this.cached(`staff:${id}`, () => this.store.staffNames.find(id))));
    return new Map(unique.map((id, index) => [id, names[index]]));
  }

  private async cached(key: string, read: () => Promise<{ name: string } | null>): Promise<string> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.name;
    const name = (await read())?.name ?? '';
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, { name, until: Date.now() + NAME_TTL_MS });
    return name;
  }
}
