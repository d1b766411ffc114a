import { Metadata } from '@grpc/grpc-js';
import { attachPrincipal, hasRole, principalOf, Unauthenticated, type Principal } from '@ejournal/kit';

const secret = 's'.repeat(32);
const teacher: Principal = { subject: 'acc-1', grants: [{ role: 'subject_teacher', schoolId: 'school-1', classId: '7b', subjectId: 'math' }] };

describe('caller identity forwarded in gRPC metadata', () => {
  it('is read back as it was signed', () => {
    const metadata = new Metadata();
    attachPrincipal(metadata, teacher, secret);
    expect(principalOf(metadata, secret)).toEqual(teacher);
  });

  it('is refused when missing, signed with another secret, altered or expired', () => {
    expect(() => principalOf(new Metadata(), secret)).toThrow(Unauthenticated);

    const forged = new Metadata();
    attachPrincipal(forged, teacher, 'o'.repeat(32));
    expect(() => principalOf(forged, secret)).toThrow(Unauthenticated);

    const altered = new Metadata();
    attachPrincipal(altered, teacher, secret);
    const escalated = { ...teacher, grants: [{ role: 'region_operator' }], exp: 9_999_999_999 };
    altered.set('x-ejournal-principal', Buffer.from(JSON.stringify(escalated)).toString('base64url'));
    expect(() => principalOf(altered, secret)).toThrow(Unauthenticated);

    const old = new Metadata();
    attachPrincipal(old, teacher, secret, Date.now() - 120_000);
    expect(() => principalOf(old, secret)).toThrow(/истекло/);
  });
});

describe('grants in scope', () => {
  it('matches a role only within the scope asked for', () => {
    expect(hasRole(teacher, 'subject_teacher', { schoolId: 'school-1', classId: '7b' })).toBe(true);
    expect(hasRole(teacher, 'subject_teacher', { classId: '7a' })).toBe(false);
    expect(hasRole(teacher, 'class_teacher')).toBe(false);
  });
});
