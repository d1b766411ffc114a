import { InvalidArgument } from '@ejournal/kit';
import { changedPreferences, channelsFor, defaultPreferences, NOTICE_KIND_TITLES, NOTICE_KINDS, type Preferences } from '../../src/domain/preferences';

const channels = (preferences: Preferences) => Object.fromEntries(preferences.kinds.map(({ kind, email, digest }) => [kind, [email, digest]]));
const unchanged = { kinds: [], quietFrom: '', quietUntil: '', digest: '', digestHour: -1, digestWeekday: 0 };

const violationsOf = (action: () => unknown): Record<string, string> => {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgument);
    expect((error as Error).message).toBe('настройки уведомлений неверны');
    return (error as InvalidArgument).violations;
  }
  throw new Error('nothing was thrown');
};

describe('default preferences', () => {
  it('a family gets what needs attention by e-mail at once and the rest in the digest (000 §9.1, 000 §9.2)', () => {
    expect(channels(defaultPreferences('P', 'family'))).toEqual({
      mark: [false, true],
      'mark-corrected': [false, true],
      'mark-over-absence': [true, false],
      absence: [true, false],
      'absence-corrected': [false, true],
      homework: [false, true],
      'final-at-risk': [true, false],
      'lesson-cancelled': [true, false],
      'lesson-moved': [true, false],
      message: [true, false],
      'message-reported': [false, false],
      'change-request-decided': [false, false],
      invitation: [true, false],
      'account-locked': [true, false],
      'password-reset': [true, false],
    });
  });

  it('staff get messages, reports, decisions on their requests and news of their account by e-mail, nothing in a digest', () => {
    const byEmail = ['message', 'message-reported', 'change-request-decided', 'account-locked', 'password-reset'];
    expect(channels(defaultPreferences('T', 'staff'))).toEqual(Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, [byEmail.includes(kind), false]])));
  });

  it.each(['family', 'staff'] as const)('%s: quiet hours 21:00–07:00, a daily digest at 19:00 (Friday when weekly)', (audience) => {
    expect(defaultPreferences('X', audience)).toMatchObject({ _id: 'X', quietFrom: '21:00', quietUntil: '07:00', digest: 'daily', digestHour: 19, digestWeekday: 5, version: 0 });
  });

  it('every kind has a title for the settings page', () => {
    expect(Object.keys(NOTICE_KIND_TITLES).sort()).toEqual([...NOTICE_KINDS].sort());
  });
});

describe('changing preferences', () => {
  const current = defaultPreferences('P', 'family');

  it('sets what is given and keeps kinds not named', () => {
    const changed = changedPreferences(current, { kinds: [{ kind: 'homework', email: false, digest: false }], quietFrom: '22:30', quietUntil: '06:45', digest: 'weekly', digestHour: 8, digestWeekday: 7 });
    expect(changed).toEqual({
      ...current,
      kinds: current.kinds.map((entry) => (entry.kind === 'homework' ? { kind: 'homework', email: false, digest: false } : entry)),
      quietFrom: '22:30',
      quietUntil: '06:45',
      digest: 'weekly',
      digestHour: 8,
      digestWeekday: 7,
    });
  });

  it('keeps what is left empty: times, digest, hour −1 and weekday 0', () => {
    const custom = { ...current, quietFrom: '23:00', quietUntil: '06:00', digest: 'weekly' as const, digestHour: 9, digestWeekday: 3 };
    expect(changedPreferences(custom, unchanged)).toEqual(custom);
  });

  it('takes hour 0 as midnight, not as «unchanged»', () => {
    expect(changedPreferences(current, { ...unchanged, digestHour: 0 }).digestHour).toBe(0);
    expect(changedPreferences(current, { ...unchanged, digestHour: 23 }).digestHour).toBe(23);
  });

  it('sends a kind chosen for e-mail not also in the digest', () => {
    const changed = changedPreferences(current, { ...unchanged, kinds: [{ kind: 'mark', email: true, digest: true }, { kind: 'absence', email: false, digest: true }] });
    expect(channelsFor(changed, 'mark')).toEqual({ kind: 'mark', email: true, digest: false });
    expect(channelsFor(changed, 'absence')).toEqual({ kind: 'absence', email: false, digest: true });
  });

  it.each([
    ['quietFrom', { quietFrom: '7:00' }, 'ЧЧ:ММ'],
    ['quietFrom', { quietFrom: '24:00' }, 'ЧЧ:ММ'],
    ['quietUntil', { quietUntil: '07:60' }, 'ЧЧ:ММ'],
    ['quietUntil', { quietUntil: 'утро' }, 'ЧЧ:ММ'],
    ['digest', { digest: 'monthly' }, 'daily или weekly'],
    ['digestHour', { digestHour: 24 }, 'час от 0 до 23'],
    ['digestHour', { digestHour: -2 }, 'час от 0 до 23'],
    ['digestHour', { digestHour: 7.5 }, 'час от 0 до 23'],
    ['digestWeekday', { digestWeekday: 8 }, 'день недели от 1 (пн) до 7 (вс)'],
    ['digestWeekday', { digestWeekday: -1 }, 'день недели от 1 (пн) до 7 (вс)'],
    ['kinds.sms', { kinds: [{ kind: 'sms', email: true, digest: false }] }, 'нет такого вида уведомлений'],
  ])('refuses a bad %s: %j', (field, input, violation) => {
    expect(violationsOf(() => changedPreferences(current, { ...unchanged, ...input }))).toEqual({ [field]: violation });
  });

  it('names every bad field at once and changes nothing', () => {
    expect(violationsOf(() => changedPreferences(current, { kinds: [{ kind: 'fax', email: true, digest: false }], quietFrom: 'x', quietUntil: 'y', digest: 'hourly', digestHour: 99, digestWeekday: 9 }))).toEqual({
      quietFrom: 'ЧЧ:ММ',
      quietUntil: 'ЧЧ:ММ',
      digest: 'daily или weekly',
      digestHour: 'час от 0 до 23',
      digestWeekday: 'день недели от 1 (пн) до 7 (вс)',
      'kinds.fax': 'нет такого вида уведомлений',
    });
    expect(current).toEqual(defaultPreferences('P', 'family'));
  });

  it('gives no channel for a kind the preferences do not hold', () => {
    expect(channelsFor({ ...current, kinds: [] }, 'message')).toEqual({ kind: 'message', email: false, digest: false });
  });
});
