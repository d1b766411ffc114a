import { InvalidArgument } from '@ejournal/kit';
import { schoolIdentityKey, validateSchoolRegistration } from '../../src/domain/school';

describe('registering a school', () => {
  it('tidies spacing and keeps the names as given', () => {
    expect(validateSchoolRegistration({ name: '  Средняя   школа № 7  ', shortName: 'СШ № 7', municipality: ' г. Пермь ' })).toEqual({
      name: 'Средняя школа № 7',
      shortName: 'СШ № 7',
      municipality: 'г. Пермь',
    });
  });

  it('names every missing or out-of-bounds field in Russian', () => {
    try {
      validateSchoolRegistration({ name: 'Шк', shortName: '', municipality: 'П'.repeat(121) });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgument);
      expect((error as InvalidArgument).violations).toEqual({
        name: 'полное наименование: от 5 до 500 символов, а дано 2',
        shortName: 'не указано краткое наименование',
        municipality: 'муниципалитет: от 2 до 120 символов, а дано 121',
      });
    }
  });

  it('counts characters, not UTF-16 units, at the limits', () => {
    expect(() => validateSchoolRegistration({ name: 'Школа', shortName: 'СШ', municipality: 'Ом' })).not.toThrow();
  });

  it('treats two spellings of one municipality and short name as the same school', () => {
    const a = schoolIdentityKey({ name: '', shortName: 'Лицей «Ёлочка»', municipality: 'Пермь' });
    const b = schoolIdentityKey({ name: '', shortName: 'лицей  елочка', municipality: 'ПЕРМЬ' });
    expect(a).toBe(b);
    expect(schoolIdentityKey({ name: '', shortName: 'Лицей елочка', municipality: 'Кунгур' })).not.toBe(a);
  });
});
