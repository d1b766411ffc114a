import { InvalidArgument } from '@ejournal/kit';
import { isCommonPassword } from '../../src/domain/common-passwords';
import { checkPasswordPolicy, hashPassword, needsRehash, setHashingCost, temporaryPassword, verifyPassword } from '../../src/domain/passwords';

describe('passwords', () => {
  it('hashes with scrypt and a salt of its own, and verifies only the right password', async () => {
    const hash = await hashPassword('длинная парольная фраза');
    // OWASP's minimum (one of its equivalent settings): N=2^15, r=8, p=3.
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(hash).not.toBe(await hashPassword('длинная парольная фраза'));
    expect(await verifyPassword('длинная парольная фраза', hash)).toBe(true);
    expect(await verifyPassword('длинная парольная фразa', hash)).toBe(false);
  });

  it('requires 12 characters or more, counted as characters', () => {
    expect(() => checkPasswordPolicy('короткий', 'user')).toThrow(/не короче 12 символов \(сейчас 8\)/);
    expect(() => checkPasswordPolicy('ёжик в тумане', 'user')).not.toThrow();
  });

  it('refuses common passwords and the login inside the password', () => {
    expect(() => checkPasswordPolicy('qwerty123456', 'user')).toThrow(/распространён/);
    expect(() => checkPasswordPolicy('aaaaaaaaaaaaaaa', 'user')).toThrow(/распространён/);
    expect(() => checkPasswordPolicy('ivanov.ii-секретно', 'ivanov.ii')).toThrow(InvalidArgument);
  });

  it('judges very long passwords in one pass (no pattern that backtracks)', () => {
    // Reachable without throttling through invitation redemption: a slow check here is a denial of service.
    expect(isCommonPassword('0123456789'.repeat(10_000) + 'x')).toBe(false);
    expect(isCommonPassword('1234567890'.repeat(10_000))).toBe(true);
    expect(isCommonPassword('7'.repeat(100_000))).toBe(true);
    expect(() => checkPasswordPolicy('0123456789'.repeat(10_000) + 'x', 'user')).toThrow(/длиннее 256/);
  });

  it('rehashes a stored hash made with weaker parameters than today’s', async () => {
    expect(needsRehash('scrypt$32768$8$1$AAAA$BBBB')).toBe(true);
    expect(needsRehash(await hashPassword('длинная парольная фраза'))).toBe(false);
  });

  it('makes temporary passwords that pass the policy and differ each time', () => {
    const a = temporaryPassword();
    expect(a).toHaveLength(16);
    expect(() => checkPasswordPolicy(a, 'someone')).not.toThrow();
    expect(temporaryPassword()).not.toBe(a);
  });
});

describe('the cost of new hashes', () => {
  afterEach(() => setHashingCost(15));

  it('makes hashes at the configured cost, which verify; back at the regional cost they are made again at the next log-in', async () => {
    setHashingCost(10);
    const cheap = await hashPassword('длинная парольная фраза для теста');
    expect(cheap).toMatch(/^scrypt\$1024\$8\$3\$/);
    expect(needsRehash(cheap)).toBe(false);
    setHashingCost(15);
    expect(await verifyPassword('длинная парольная фраза для теста', cheap)).toBe(true);
    expect(needsRehash(cheap)).toBe(true);
  });
});
