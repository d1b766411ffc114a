import type { identityV1 } from '@ejournal/contracts';
import type { Grant } from '@ejournal/kit';
import { DEFAULT_TIME_ZONE } from '@ejournal/school-rules';
import type { Member, SchoolDirectory } from '../domain/correspondence';
import type { Peers } from '../peers';
import type { MessagingStore, SchoolFacts } from '../store/messaging.store';

/** How long a school's directory is used before identity is asked again. */
const FRESH_MS = 10_000;
/**
 * How long after a directory was asked for it is asked again for someone missing from it — the caller
 * themself (a member who has just joined) or others they name (made-up ids in a loop): a second, so
 * identity is asked at most once a second per school, and a call that waits stays well within the
 * gateway's deadline (five seconds of waiting answered a made-up recipient with 504, not 404).
 */
const CALLER_MISSING_MS = 1_000;
const OTHERS_MISSING_MS = 1_000;

const grantOf = (grant: identityV1.Grant__Output): Grant => ({
  role: grant.role as Grant['role'],
  ...(grant.schoolId ? { schoolId: grant.schoolId } : {}),
  ...(grant.classId ? { classId: grant.classId } : {}),
  ...(grant.groupId ? { groupId: grant.groupId } : {}),
  ...(grant.subjectId ? { subjectId: grant.subjectId } : {}),
  ...(grant.childId ? { childId: grant.childId } : {}),
  ...(grant.personId ? { personId: grant.personId } : {}),
});

/**
 * The schools' people as identity knows them (who holds which role where, who is whose parent), asked
 * of identity and kept for ten seconds per school and process (forgotten at once when identity tells that
 * someone joined or left: identity.members.changed): enough to decide who may write to
 * whom and whose family a notice goes to, without copying identity's data into messaging's database.
 * A caller's own grants come from their token, always current.
 */
export class SchoolDirectories {
  private readonly kept = new Map<string, { at: number; directory: Promise<SchoolDirectory> }>();
  private readonly keptFacts = new Map<string, { at: number; facts: Promise<SchoolFacts> }>();

  constructor(
    private readonly peers: Peers,
    private readonly store: MessagingStore,
  ) {}

  /**
   * The school's directory; `mustKnow`: the caller first, then the people they write to. When one is
   * missing they may have just joined (a parent who redeemed their code a moment ago), so the directory is
   * asked for again — no sooner than a second after the one kept was, so
   * made-up ids in a loop cannot drive identity; a call in that window waits for it rather than be answered
   * from a directory older than the person (it would name them '' for good, or refuse them as missing).
   */
  async of(schoolId: string, mustKnow: string[] = []): Promise<SchoolDirectory> {
    const kept = this.kept.get(schoolId);
    if (kept && Date.now() - kept.at < FRESH_MS) {
      if (mustKnow.length === 0) return kept.directory;
      const directory = await kept.directory.catch(() => null);
      const missing = directory ? mustKnow.findIndex((personId) => !directory.members.has(personId)) : -1;
      if (directory && missing < 0) return directory;
      if (directory) {
        const due = kept.at + (missing === 0 ? CALLER_MISSING_MS : OTHERS_MISSING_MS);
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        const newer = this.kept.get(schoolId);
        if (newer && newer.at >= due) return newer.directory;
      }
    }
    const directory = this.load(schoolId);
    this.kept.set(schoolId, { at: Date.now(), directory });
    directory.catch(() => this.kept.delete(schoolId));
    return directory;
  }

  /** Forgets the school's facts kept (a change this process made); with its classes, the directory too (it names them). */
  forget(schoolId: string, classesChanged: boolean): void {
    this.keptFacts.delete(schoolId);
    if (classesChanged) this.kept.delete(schoolId);
  }

  /**
   * Forgets the school's directory: someone's roles there changed (identity.members.changed, told to every
   * replica) — a parent who joined a moment ago is told of the mark set the next moment.
   */
  forgetPeople(schoolId: string): void {
    this.kept.delete(schoolId);
  }

  /** The school's facts (messaging's own read model), kept like the directory: every notice needs them. */
  async facts(schoolId: string): Promise<SchoolFacts> {
    const kept = this.keptFacts.get(schoolId);
    if (kept && Date.now() - kept.at < FRESH_MS) return kept.facts;
    const facts = this.store.schools.find(schoolId).then((found) => found ?? { _id: schoolId, timeZone: DEFAULT_TIME_ZONE, settingsVersion: 0, workKinds: [], classes: [], subjects: [], version: 0 });
    this.keptFacts.set(schoolId, { at: Date.now(), facts });
    facts.catch(() => this.keptFacts.delete(schoolId));
    return facts;
  }

  private async load(schoolId: string): Promise<SchoolDirectory> {
    const [answer, facts] = await Promise.all([
      this.peers.call<identityV1.SchoolDirectory__Output>('IdentityService/GetSchoolDirectory', (md, o, cb) => this.peers.identity.getSchoolDirectory({ schoolId }, md, o, cb)),
      this.store.schools.find(schoolId),
    ]);
    const members = new Map<string, Member>();
    for (const entry of answer.people) {
      members.set(entry.personId, { personId: entry.personId, kind: entry.kind, lastName: entry.lastName, firstName: entry.firstName, middleName: entry.middleName, classId: entry.classId, grants: entry.grants.map(grantOf) });
    }
    return { schoolId, members, classNames: new Map((facts?.classes ?? []).map((entry) => [entry.classId, entry.name])) };
  }
}
