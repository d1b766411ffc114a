import { beyondClassTeacher } from '../../src/domain/people';

describe('what a class teacher may change of a person (000 §9.2, 004 §4.2.4)', () => {
  it('allows the contacts and names every other field as the administrator’s (002 §3.3)', () => {
    expect(beyondClassTeacher(['email', 'phone'])).toEqual([]);
    expect(beyondClassTeacher(['phone', 'lastName', 'middleName'])).toEqual(['lastName', 'middleName']);
  });
});
