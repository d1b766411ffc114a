import { InvalidArgument } from '@ejournal/kit';
import { checkPasswordPolicy, hashPassword, temporaryPassword, verifyPassword } from '../../src/domain/passwords';

describe('passwords', () => {
  it('hashes with scrypt and a salt of its own, and verifies only the right password', async () => {
    const hash = await hashPassword('длинная парольная фраза');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
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

  it('makes temporary passwords that pass the policy and differ each time', () => {
    const a = temporaryPassword();
    expect(a).toHaveLength(16);
    expect(() => checkPasswordPolicy(a, 'someone')).not.toThrow();
    expect(temporaryPassword()).not.toBe(a);
  });
});
