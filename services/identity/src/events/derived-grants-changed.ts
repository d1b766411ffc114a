import type { Identity } from '../identity';

/**
 * When a person loses a right by a change of the school's structure (another class teacher appointed,
 * a load taken away), their accounts' tokens are refused at once: the next refresh carries what they
 * still hold. A right gained comes with the next token (a refresh or a log-in), nothing is refused.
 */
export function refreshTokensOf(identity: Identity): (personIds: string[]) => Promise<void> {
  return async (personIds) => {
    for (const personId of personIds) {
      for (const account of await identity.accounts.ofPerson(personId)) await identity.accounts.revokeTokens(account._id, 'grant-removed');
    }
  };
}
