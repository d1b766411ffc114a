import { invitationCodeKey, newInvitationCode } from '../../src/domain/invitation-codes';

describe('invitation codes', () => {
  it('are 15 unambiguous characters in three groups, different every time', () => {
    const codes = new Set(Array.from({ length: 1000 }, newInvitationCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('match as typed by a person: any case, spaces or dashes, O for 0 and I or L for 1', () => {
    const key = invitationCodeKey('0A1B2-C3D4E-5F6G7');
    expect(invitationCodeKey('oa1b2 c3d4e 5f6g7')).toBe(key);
    expect(invitationCodeKey('0AlB2C3D4E5F6G7')).toBe(key);
    expect(invitationCodeKey('0A1B2-C3D4E-5F6G8')).not.toBe(key);
  });
});
