import { randomUUID } from 'node:crypto';
import type { Logger } from '@ejournal/kit';
import { checkPasswordPolicy, hashPassword } from './domain/passwords';
import { normaliseLogin } from './domain/people';
import type { Identity } from './identity';

/**
 * The first regional operator of a new platform: created at start from BOOTSTRAP_OPERATOR_LOGIN and
 * BOOTSTRAP_OPERATOR_PASSWORD when no account holds the region_operator role yet. Every other
 * account is made through the API by someone who already has one.
 */
export async function bootstrapOperator(identity: Identity, logger: Logger, login?: string, password?: string): Promise<void> {
  if (!login || !password || (await identity.accounts.hasRegionOperator())) return;
  const normalised = normaliseLogin(login);
  checkPasswordPolicy(password, normalised);
  const now = new Date();
  const personId = randomUUID();
  await identity.people.insert([
    { _id: personId, uid: await identity.people.reserveUids(1), kind: 'staff', lastName: 'Оператор', firstName: 'Региональный', middleName: '', birthDate: '', email: '', phone: '', classId: '', schoolId: '', createdAt: now, createdBy: 'bootstrap' },
  ]);
  const accountId = randomUUID();
  await identity.accounts.insert([
    { _id: accountId, login: normalised, personId, passwordHash: await hashPassword(password), mustChangePassword: false, status: 'active', grants: [{ role: 'region_operator' }], createdAt: now, version: 1 },
  ]);
  await identity.audit.record({ action: 'account.created', actorAccountId: 'bootstrap', subjectId: accountId, schoolId: '', clientAddress: '', details: 'region_operator' });
  logger.info('first regional operator created', { accountId });
}
