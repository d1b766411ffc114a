import { addOutbox, Conflict, FailedPrecondition, insertWithEvents, isDuplicateKey, updateDocument, type Grant, type PendingEvent, type WithOutbox } from '@ejournal/kit';
import mongoose from 'mongoose';
import { membersChanged, schoolsOfChange } from '../events/members-changed';
import { tokensRevoked, type TokensRevokedReason } from '../events/tokens-revoked';

export type AccountStatus = 'active' | 'blocked';

/** The refusal of a change made to an account as it was read, when someone has changed it since. */
export const accountChanged = () => new FailedPrecondition('учётная запись изменилась; повторите');

export interface Account {
  _id: string;
  /** Lower-case login, unique in the region. */
  login: string;
  personId: string;
  /** scrypt hash; never leaves the service, never logged. */
  passwordHash: string;
  mustChangePassword: boolean;
  status: AccountStatus;
  grants: Grant[];
  /** Set when the account was blocked: tokens issued before it are refused. */
  revokedAt?: Date;
  /** Tokens issued until then are refused (password changed or reset, a role removed); the account stays usable. */
  tokensRevokedAt?: Date;
  /** Verified identifier at the regional single sign-on (ESIA / portal). */
  externalId?: string;
  createdAt: Date;
  version: number;
  importId?: string;
}

type AccountDocument = Account & WithOutbox;

const grantSchema = new mongoose.Schema<Grant>(
  { role: { type: String, required: true }, schoolId: String, classId: String, groupId: String, subjectId: String, childId: String, personId: String },
  { _id: false },
);

const accountSchema = new mongoose.Schema<AccountDocument>(
  {
    _id: { type: String, required: true },
    login: { type: String, required: true },
    personId: { type: String, required: true },
    passwordHash: { type: String, required: true },
    mustChangePassword: { type: Boolean, required: true },
    status: { type: String, required: true },
    grants: { type: [grantSchema], default: [] },
    revokedAt: Date,
    tokensRevokedAt: Date,
    externalId: String,
    createdAt: { type: Date, required: true },
    version: { type: Number, required: true },
    importId: String,
  },
  { collection: 'accounts', versionKey: false },
);
accountSchema.index({ login: 1 }, { unique: true });
accountSchema.index({ personId: 1 });
accountSchema.index({ importId: 1 });
accountSchema.index({ externalId: 1 });
accountSchema.index({ status: 1 });
addOutbox(accountSchema);

export class AccountStore {
  readonly model: mongoose.Model<AccountDocument>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<AccountDocument>('Account', accountSchema);
  }

  /** New accounts; those with roles tell their schools (identity.members.changed). */
  async insert(accounts: Account[]): Promise<void> {
    if (accounts.length === 0) return;
    try {
      await insertWithEvents(this.model, accounts, new Map(accounts.map((account) => [account._id, membersChanged(account, schoolsOfChange([], account.grants))])));
    } catch (error) {
      if (isDuplicateKey(error)) throw new Conflict('такой логин уже занят', { login: 'логин занят' });
      throw error;
    }
  }

  async findById(id: string): Promise<Account | null> {
    return this.model.findById(id, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Account>();
  }

  async findByLogin(login: string): Promise<Account | null> {
    return this.model.findOne({ login }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Account>();
  }

  async findByExternalId(externalId: string): Promise<Account | null> {
    return this.model.findOne({ externalId }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Account>();
  }

  /**
   * Applies a change to the account as it was read, with the events it implies (built from the account
   * as stored, its version stamped here), in one write. Returns the account as stored; refuses with
   * accountChanged() when someone changed it since it was read.
   */
  async update(account: Account, changes: Partial<Account>, events: (stored: Account) => PendingEvent[] = () => []): Promise<Account> {
    const stored = await this.write(account, changes, events);
    if (!stored) throw accountChanged();
    return stored;
  }

  /**
   * The one place an account's version moves: the change is written only if the account is still at the
   * version read. A change of roles (or a block, or its end) tells the schools it concerns, in the same write (identity.members.changed).
   */
  private async write(account: Account, changes: Partial<Account>, events: (stored: Account) => PendingEvent[]): Promise<Account | null> {
    const stored: Account = { ...account, ...changes, version: account.version + 1 };
    const blockedOrBack = changes.status !== undefined && changes.status !== account.status;
    const members = membersChanged(stored, blockedOrBack ? schoolsOfChange([], [...account.grants, ...stored.grants]) : changes.grants ? schoolsOfChange(account.grants, changes.grants) : []);
    const written = await updateDocument(this.model, { _id: account._id, version: account.version }, { $set: { ...changes, version: stored.version } }, [...events(stored), ...members]);
    return written ? stored : null;
  }

  /**
   * Changes the account as it stands now: reads it, applies, writes at its version, and reads again
   * when another writer came first. `apply` returns the changes and their events (built from the
   * account as stored), or null for none. Returns the account as stored, or null when there is none.
   */
  async change(accountId: string, apply: (account: Account) => { changes: Partial<Account>; events?: (stored: Account) => PendingEvent[] } | null): Promise<Account | null> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const account = await this.findById(accountId);
      if (!account) return null;
      const outcome = apply(account);
      if (!outcome) return account;
      const stored = await this.write(account, outcome.changes, outcome.events ?? (() => []));
      if (stored) return stored;
    }
    throw new Conflict('учётная запись меняется одновременно из нескольких мест; повторите');
  }

  /** Refuses the account's access tokens issued until now (its sessions' refresh tokens are the caller's business). */
  async revokeTokens(accountId: string, reason: TokensRevokedReason, at = new Date()): Promise<void> {
    await this.change(accountId, () => ({ changes: { tokensRevokedAt: at }, events: (stored) => [tokensRevoked(accountId, '', at, stored.version, { personId: stored.personId, reason })] }));
  }

  /** Accounts whose tokens were refused since a moment: blocked, or their tokens revoked (for a gateway that starts). */
  async revokedSince(since: Date): Promise<Array<{ _id: string; revokedAt: Date }>> {
    const blocked = await this.model.find({ status: 'blocked' }, { revokedAt: 1 }).lean<Array<{ _id: string; revokedAt?: Date }>>();
    const revoked = await this.model.find({ tokensRevokedAt: { $gte: since } }, { tokensRevokedAt: 1 }).lean<Array<{ _id: string; tokensRevokedAt: Date }>>();
    return [
      ...blocked.filter((a): a is { _id: string; revokedAt: Date } => a.revokedAt !== undefined && a.revokedAt >= since),
      ...revoked.map((a) => ({ _id: a._id, revokedAt: a.tokensRevokedAt })),
    ];
  }

  /** The accounts of a person (usually one). */
  async ofPerson(personId: string): Promise<Account[]> {
    return this.model.find({ personId }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Account[]>();
  }

  /**
   * The accounts of these people, in one read (a school's directory): by the indexed personId — on the
   * local FerretDB an `$in` scans the table, as parentsOf's does.
   */
  async ofPeople(personIds: string[]): Promise<Account[]> {
    if (personIds.length === 0) return [];
    return this.model.find({ personId: { $in: personIds } }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Account[]>();
  }

  /** Accounts whose grants name any of these children (the parents of a class, for its class teacher). */
  async parentsOf(childIds: string[]): Promise<Account[]> {
    if (childIds.length === 0) return [];
    return this.model.find({ 'grants.childId': { $in: childIds } }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Account[]>();
  }

  /** Accounts whose grants name this person as a child or as the student (rare: a student leaving). */
  async withGrantsFor(personId: string): Promise<Account[]> {
    return this.model.find({ $or: [{ 'grants.childId': personId }, { 'grants.personId': personId }] }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Account[]>();
  }

  async hasRegionOperator(): Promise<boolean> {
    return (await this.model.exists({ 'grants.role': 'region_operator' })) !== null;
  }

  async removeImport(importId: string): Promise<void> {
    await this.model.deleteMany({ importId });
  }
}
