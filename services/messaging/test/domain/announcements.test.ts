import { InvalidArgument } from '@ejournal/kit';
import { addressedTo, announcement, confirmed, visibleOn, type Announcement } from '../../src/domain/announcements';

// 003 §4.1: an announcement board for the school's families.

const now = new Date('2026-11-30T09:00:00Z');
const input = { id: 'A1', schoolId: 'S', audience: { kind: 'class', target: 'C5A' }, title: 'Родительское собрание', text: 'В пятницу в 18:00, кабинет 12.', visibleFrom: '2026-12-01', visibleUntil: '2026-12-05', requiresConfirmation: true, authorId: 'DIR', authorName: 'Абрамов Андрей Андреевич', today: '2026-11-30', now };
const publish = (changes: Partial<typeof input> = {}) => announcement({ ...input, ...changes });

const violationsOf = (action: () => unknown): Record<string, string> => {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgument);
    expect((error as Error).message).toBe('объявление заполнено неверно');
    return (error as InvalidArgument).violations;
  }
  throw new Error('nothing was thrown');
};

describe('publishing an announcement', () => {
  it('keeps what was given, trimmed, with no confirmations yet', () => {
    expect(publish({ title: '  Родительское собрание ', text: '\nВ пятницу в 18:00, кабинет 12. ' })).toEqual({
      _id: 'A1',
      schoolId: 'S',
      audience: { kind: 'class', target: 'C5A' },
      title: 'Родительское собрание',
      text: 'В пятницу в 18:00, кабинет 12.',
      visibleFrom: '2026-12-01',
      visibleUntil: '2026-12-05',
      requiresConfirmation: true,
      authorId: 'DIR',
      authorName: 'Абрамов Андрей Андреевич',
      publishedAt: '2026-11-30T09:00:00.000Z',
      confirmations: [],
      version: 0,
    });
  });

  it('is visible from today when no start is given, with no end when none is given', () => {
    expect(publish({ visibleFrom: '', visibleUntil: '' })).toMatchObject({ visibleFrom: '2026-11-30', visibleUntil: '' });
  });

  it('addresses the whole school with no target, whatever target was sent', () => {
    expect(publish({ audience: { kind: 'school', target: 'C5A' } }).audience).toEqual({ kind: 'school', target: '' });
  });

  it.each(['1', '2', '9', '10', '11'])('takes grade %s', (target) => {
    expect(publish({ audience: { kind: 'grade', target } }).audience).toEqual({ kind: 'grade', target });
  });

  it.each([
    ['an empty title', { title: '   ' }, { title: 'заголовок от 1 до 200 символов' }],
    ['a title too long', { title: 'а'.repeat(201) }, { title: 'заголовок от 1 до 200 символов' }],
    ['an empty text', { text: '' }, { text: 'текст от 1 до 10 000 символов' }],
    ['a text too long', { text: 'а'.repeat(10_001) }, { text: 'текст от 1 до 10 000 символов' }],
    ['an unknown audience', { audience: { kind: 'region', target: '' } }, { 'audience.kind': 'school, grade, class или group' }],
    ['grade 0', { audience: { kind: 'grade', target: '0' } }, { 'audience.target': 'номер параллели от 1 до 11' }],
    ['grade 12', { audience: { kind: 'grade', target: '12' } }, { 'audience.target': 'номер параллели от 1 до 11' }],
    ['grade 05', { audience: { kind: 'grade', target: '05' } }, { 'audience.target': 'номер параллели от 1 до 11' }],
    ['a class not named', { audience: { kind: 'class', target: '' } }, { 'audience.target': 'класс' }],
    ['a start that is not a date', { visibleFrom: '01.12.2026' }, { visibleFrom: 'ГГГГ-ММ-ДД' }],
    ['an end that is not a date', { visibleUntil: '5 декабря' }, { visibleUntil: 'ГГГГ-ММ-ДД, не раньше начала' }],
    ['an end before the start', { visibleUntil: '2026-11-30' }, { visibleUntil: 'ГГГГ-ММ-ДД, не раньше начала' }],
  ])('refuses %s', (_what, changes, violations) => {
    expect(violationsOf(() => publish(changes))).toEqual(violations);
  });

  it('takes the longest title and text, and an end on the start day', () => {
    expect(() => publish({ title: 'а'.repeat(200), text: 'б'.repeat(10_000), visibleUntil: '2026-12-01' })).not.toThrow();
  });
});

describe('whom an announcement is addressed to', () => {
  const places = { classIds: new Set(['C5A']), grades: new Set([5]), groupIds: new Set(['G5A-eng']) };

  it('the whole school: everyone', () => {
    expect(addressedTo(publish({ audience: { kind: 'school', target: '' } }), places)).toBe(true);
    expect(addressedTo(publish({ audience: { kind: 'school', target: '' } }), { classIds: new Set(), grades: new Set(), groupIds: new Set() })).toBe(true);
  });

  it('a grade: the families of its classes only', () => {
    expect(addressedTo(publish({ audience: { kind: 'grade', target: '5' } }), places)).toBe(true);
    expect(addressedTo(publish({ audience: { kind: 'grade', target: '6' } }), places)).toBe(false);
    expect(addressedTo(publish({ audience: { kind: 'grade', target: '11' } }), { classIds: new Set(['C11']), grades: new Set([1, 11]), groupIds: new Set() })).toBe(true);
  });

  it('a class: its families only', () => {
    expect(addressedTo(publish(), places)).toBe(true);
    expect(addressedTo(publish({ audience: { kind: 'class', target: 'C6B' } }), places)).toBe(false);
  });

  it('a group: the families of its pupils only, not the rest of the class', () => {
    expect(addressedTo(publish({ audience: { kind: 'group', target: 'G5A-eng' } }), places)).toBe(true);
    expect(addressedTo(publish({ audience: { kind: 'group', target: 'G5A-ger' } }), places)).toBe(false);
  });
});

describe('when an announcement is shown', () => {
  it('from its first to its last day, both included', () => {
    const item = publish();
    expect(visibleOn(item, '2026-11-30')).toBe(false);
    expect(visibleOn(item, '2026-12-01')).toBe(true);
    expect(visibleOn(item, '2026-12-05')).toBe(true);
    expect(visibleOn(item, '2026-12-06')).toBe(false);
  });

  it('without an end, from its first day on', () => {
    const item = publish({ visibleUntil: '' });
    expect(visibleOn(item, '2026-11-30')).toBe(false);
    expect(visibleOn(item, '2030-01-01')).toBe(true);
  });
});

describe('«ознакомлен»', () => {
  const member = { personId: 'PAR5' };
  const later = new Date('2026-12-01T15:00:00Z');

  it('records the person, their name and when, once', () => {
    const item = publish();
    const first = confirmed(item, member, 'Никитина Ольга Павловна', later)!;
    expect(first.confirmations).toEqual([{ personId: 'PAR5', name: 'Никитина Ольга Павловна', confirmedAt: '2026-12-01T15:00:00.000Z' }]);
    expect(item.confirmations).toEqual([]);
    expect(confirmed(first, member, 'Никитина Ольга Павловна', new Date('2026-12-02T15:00:00Z'))).toBeNull();
    expect(confirmed(first, { personId: 'PAR5B' }, 'Орлов Павел Романович', later)!.confirmations.map((entry) => entry.personId)).toEqual(['PAR5', 'PAR5B']);
  });

  it('is refused for an announcement that does not ask for it', () => {
    const item: Announcement = publish({ requiresConfirmation: false });
    expect(() => confirmed(item, member, 'Никитина Ольга Павловна', later)).toThrow(InvalidArgument);
    expect(() => confirmed(item, member, 'Никитина Ольга Павловна', later)).toThrow('это объявление не требует подтверждения');
  });
});
