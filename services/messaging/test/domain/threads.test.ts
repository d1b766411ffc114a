import { FailedPrecondition, InvalidArgument, NotFound } from '@ejournal/kit';
import type { Correspondent } from '../../src/domain/correspondence';
import { checkedText, isParticipant, markRead, MAX_PARTICIPANTS, MAX_SUBJECT, MAX_TEXT, MESSAGES_PER_THREAD, messagesPage, postMessage, receiptsOf, RECIPIENT_MISSING, startThread, THREAD_MISSING, unreadBy, withdrawMessage, type Thread } from '../../src/domain/threads';

// 002 §2.2, 004 §2.10: correspondence between the school and the families. 000 §8.2: it is social,
// not official, communication — but what was read stays as it was said.

const parent: Correspondent = { personId: 'P', name: 'Никитина Ольга Павловна', relation: 'родитель: Иванов Пётр' };
const teacher: Correspondent = { personId: 'T', name: 'Григорьева Дарья Ивановна', relation: 'классный руководитель 5А' };
const director: Correspondent = { personId: 'D', name: 'Абрамов Андрей Андреевич', relation: 'директор' };

const at = (time: string) => new Date(`2026-11-30T${time}Z`);
const start = (overrides: Partial<Parameters<typeof startThread>[0]> = {}): Thread =>
  startThread({ threadId: 'TH', schoolId: 'S', subject: 'Контрольная', text: 'Здравствуйте!', author: parent, recipientIds: ['T'], allowed: [teacher, director], now: at('10:00:00.000'), keptUntil: '2027-11', messageId: 'm1', ...overrides });

const thrown = (action: () => unknown): Error => {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
};
/** The action is refused with this type of error and this message. */
const refused = (action: () => unknown, type: new (message: string) => Error, message: string) => {
  const error = thrown(action);
  expect(error).toBeInstanceOf(type);
  expect(error.message).toBe(message);
};

describe('starting a thread', () => {
  it('makes a thread of the author and the recipients, the author having read their own message', () => {
    expect(start({ recipientIds: ['T', 'D'] })).toEqual({
      _id: 'TH',
      schoolId: 'S',
      subject: 'Контрольная',
      participants: [
        { ...parent, readUntil: '2026-11-30T10:00:00.000Z', readAt: '2026-11-30T10:00:00.000Z' },
        { ...teacher, readUntil: '', readAt: '' },
        { ...director, readUntil: '', readAt: '' },
      ],
      messages: [{ messageId: 'm1', authorId: 'P', text: 'Здравствуйте!', sentAt: '2026-11-30T10:00:00.000Z', withdrawn: false }],
      lastMessageAt: '2026-11-30T10:00:00.000Z',
      keptUntil: '2027-11',
      version: 0,
    });
  });

  it('trims the subject and the text and keeps line breaks as \\n', () => {
    const thread = start({ subject: '  Контрольная \r\n', text: '\r\n Первая строка\r\nвторая  ' });
    expect(thread.subject).toBe('Контрольная');
    expect(thread.messages[0].text).toBe('Первая строка\nвторая');
  });

  it('counts a recipient named twice, and the author among the recipients, once', () => {
    expect(start({ recipientIds: ['T', 'T', 'P'] }).participants.map((participant) => participant.personId)).toEqual(['P', 'T']);
  });

  it.each([
    ['an empty subject', { subject: '  ' }, 'тема пуста', { subject: 'укажите тему' }],
    ['a subject too long', { subject: 'а'.repeat(MAX_SUBJECT + 1) }, `тема длиннее ${MAX_SUBJECT} символов`, { subject: `не длиннее ${MAX_SUBJECT} символов` }],
    ['an empty text', { text: ' \r\n ' }, 'текст сообщения пуст', { text: 'напишите текст' }],
    ['a text too long', { text: 'а'.repeat(MAX_TEXT + 1) }, `сообщение длиннее ${MAX_TEXT} символов`, { text: `не длиннее ${MAX_TEXT} символов` }],
    ['no recipients', { recipientIds: [] }, 'нет адресатов', { participantIds: 'выберите хотя бы одного адресата' }],
    ['only the author as recipient', { recipientIds: ['P'] }, 'нет адресатов', { participantIds: 'выберите хотя бы одного адресата' }],
  ])('refuses %s', (_what, overrides, message, violations) => {
    const error = thrown(() => start(overrides));
    expect(error).toBeInstanceOf(InvalidArgument);
    expect(error.message).toBe(message);
    expect((error as InvalidArgument).violations).toEqual(violations);
  });

  it('takes a subject and a text of exactly the longest length', () => {
    const thread = start({ subject: 'а'.repeat(MAX_SUBJECT), text: 'б'.repeat(MAX_TEXT) });
    expect(thread.subject).toHaveLength(MAX_SUBJECT);
    expect(thread.messages[0].text).toHaveLength(MAX_TEXT);
  });

  it(`refuses more than ${MAX_PARTICIPANTS} recipients`, () => {
    const many = Array.from({ length: MAX_PARTICIPANTS + 1 }, (_, index) => ({ personId: `R${index}`, name: `R${index}`, relation: 'ученик 5А' }));
    expect(() => start({ recipientIds: many.map((entry) => entry.personId), allowed: many })).toThrow(InvalidArgument);
    expect(start({ recipientIds: many.slice(0, MAX_PARTICIPANTS).map((entry) => entry.personId), allowed: many }).participants).toHaveLength(MAX_PARTICIPANTS + 1);
  });

  it('answers for someone the author may not write to exactly as for someone who does not exist', () => {
    const forbidden = thrown(() => start({ recipientIds: ['T', 'OTHER-PARENT'], allowed: [teacher] }));
    const missing = thrown(() => start({ recipientIds: ['T', 'NO-SUCH-PERSON'], allowed: [teacher] }));
    expect(forbidden).toBeInstanceOf(NotFound);
    expect(missing).toBeInstanceOf(NotFound);
    expect(forbidden.message).toBe(RECIPIENT_MISSING);
    expect(missing.message).toBe(forbidden.message);
    expect((missing as NotFound).violations).toEqual((forbidden as NotFound).violations);
  });
});

describe('writing in a thread', () => {
  it('appends the message, marks it read by its author and moves the thread’s time on', () => {
    const thread = postMessage(start(), 'T', ' Добрый день ', 'm2', at('11:00:00.000'), '2027-11');
    expect(thread.messages[1]).toEqual({ messageId: 'm2', authorId: 'T', text: 'Добрый день', sentAt: '2026-11-30T11:00:00.000Z', withdrawn: false });
    expect(thread.lastMessageAt).toBe('2026-11-30T11:00:00.000Z');
    expect(thread.participants.find((participant) => participant.personId === 'T')).toMatchObject({ readUntil: '2026-11-30T11:00:00.000Z', readAt: '2026-11-30T11:00:00.000Z' });
    expect(thread.participants.find((participant) => participant.personId === 'P')).toMatchObject({ readUntil: '2026-11-30T10:00:00.000Z' });
  });

  it('keeps messages in order when the clock goes backwards or stands still', () => {
    const backwards = postMessage(start(), 'T', 'раньше', 'm2', at('09:59:00.000'), '2027-11');
    expect(backwards.messages[1].sentAt).toBe('2026-11-30T10:00:00.001Z');
    expect(backwards.lastMessageAt).toBe('2026-11-30T10:00:00.001Z');
    const same = postMessage(backwards, 'P', 'одновременно', 'm3', at('10:00:00.001'), '2027-11');
    expect(same.messages[2].sentAt).toBe('2026-11-30T10:00:00.002Z');
  });

  it('keeps the later of the two retention terms', () => {
    expect(postMessage(start(), 'T', 'ответ', 'm2', at('11:00:00.000'), '2028-11').keptUntil).toBe('2028-11');
    expect(postMessage(start({ keptUntil: '2028-11' }), 'T', 'ответ', 'm2', at('11:00:00.000'), '2027-11').keptUntil).toBe('2028-11');
  });

  it('answers a non-participant as if there were no thread, whatever they wrote', () => {
    for (const author of ['STRANGER', '']) {
      const error = thrown(() => postMessage(start(), author, '', 'm2', at('11:00:00.000'), '2027-11'));
      expect(error).toBeInstanceOf(NotFound);
      expect(error.message).toBe(THREAD_MISSING);
    }
  });

  it('refuses an empty reply', () => {
    expect(() => postMessage(start(), 'T', '   ', 'm2', at('11:00:00.000'), '2027-11')).toThrow(InvalidArgument);
  });

  it(`refuses the message after the ${MESSAGES_PER_THREAD}th: a longer conversation goes on in a new thread`, () => {
    const base = start();
    const messages = Array.from({ length: MESSAGES_PER_THREAD - 1 }, (_, index) => ({ messageId: `x${index}`, authorId: 'P', text: 'т', sentAt: base.lastMessageAt, withdrawn: false }));
    const almostFull = { ...base, messages: [...base.messages, ...messages] };
    expect(() => postMessage({ ...almostFull, messages: almostFull.messages.slice(1) }, 'T', 'ещё', 'm', at('11:00:00.000'), '2027-11')).not.toThrow();
    expect(() => postMessage(almostFull, 'T', 'ещё', 'm', at('11:00:00.000'), '2027-11')).toThrow(FailedPrecondition);
  });

  it('tells participants from strangers', () => {
    expect(isParticipant(start(), 'P')).toBe(true);
    expect(isParticipant(start(), 'T')).toBe(true);
    expect(isParticipant(start(), 'D')).toBe(false);
    expect(isParticipant(start(), undefined)).toBe(false);
    expect(isParticipant(start(), '')).toBe(false);
  });
});

describe('reading a thread and the read receipts', () => {
  it('marks the thread read up to its last message, when it was read', () => {
    const read = markRead(start(), 'T', at('12:00:00.000'))!;
    expect(read.participants.find((participant) => participant.personId === 'T')).toMatchObject({ readUntil: '2026-11-30T10:00:00.000Z', readAt: '2026-11-30T12:00:00.000Z' });
    expect(read.participants.find((participant) => participant.personId === 'P')).toMatchObject({ readAt: '2026-11-30T10:00:00.000Z' });
  });

  it('reads no further than the newest message the reader was shown: one sent meanwhile stays unread and withdrawable', () => {
    const shown = start();
    const meanwhile = postMessage(shown, 'P', 'Ой, не туда.', 'm2', at('11:00:00.000'), '2027-11');
    const read = markRead(meanwhile, 'T', at('12:00:00.000'), shown.lastMessageAt)!;
    expect(read.participants.find((participant) => participant.personId === 'T')!.readUntil).toBe(shown.lastMessageAt);
    expect(unreadBy(read, 'T')).toBe(1);
    expect(receiptsOf(read, read.messages[1])).toEqual([]);
    expect(withdrawMessage(read, 'P', 'm2').messages[1].withdrawn).toBe(true);
    // A moment later than the last message reads no further than it.
    expect(markRead(meanwhile, 'T', at('12:00:00.000'), '2030-01-01T00:00:00.000Z')!.participants.find((participant) => participant.personId === 'T')!.readUntil).toBe(meanwhile.lastMessageAt);
  });

  it('changes nothing when there is nothing new (null)', () => {
    expect(markRead(start(), 'P', at('12:00:00.000'))).toBeNull();
    const read = markRead(start(), 'T', at('12:00:00.000'))!;
    expect(markRead(read, 'T', at('13:00:00.000'))).toBeNull();
    expect(markRead(postMessage(read, 'P', 'ещё', 'm2', at('12:30:00.000'), '2027-11'), 'T', at('13:00:00.000'))).not.toBeNull();
  });

  it('answers a non-participant as if there were no thread', () => {
    refused(() => markRead(start(), 'D', at('12:00:00.000')), NotFound, THREAD_MISSING);
  });

  it('shows who of the others has read a message and when, never its author', () => {
    const thread = start({ recipientIds: ['T', 'D'] });
    expect(receiptsOf(thread, thread.messages[0])).toEqual([]);
    const read = markRead(thread, 'D', at('12:00:00.000'))!;
    expect(receiptsOf(read, read.messages[0])).toEqual([{ personId: 'D', readAt: '2026-11-30T12:00:00.000Z' }]);
  });

  it('does not count a later message as read by someone who read only the earlier one', () => {
    const read = markRead(start(), 'T', at('12:00:00.000'))!;
    const later = postMessage(read, 'P', 'ещё вопрос', 'm2', at('12:30:00.000'), '2027-11');
    expect(receiptsOf(later, later.messages[0])).toEqual([{ personId: 'T', readAt: '2026-11-30T12:00:00.000Z' }]);
    expect(receiptsOf(later, later.messages[1])).toEqual([]);
  });

  it('counts the messages a participant has not read: others’, not withdrawn, after their mark', () => {
    let thread = start({ recipientIds: ['T', 'D'] });
    thread = postMessage(thread, 'P', 'второе', 'm2', at('10:05:00.000'), '2027-11');
    expect(unreadBy(thread, 'T')).toBe(2);
    expect(unreadBy(thread, 'P')).toBe(0);
    thread = postMessage(thread, 'T', 'ответ', 'm3', at('10:10:00.000'), '2027-11');
    expect(unreadBy(thread, 'T')).toBe(0);
    expect(unreadBy(thread, 'P')).toBe(1);
    expect(unreadBy(thread, 'D')).toBe(3);
    thread = postMessage(thread, 'T', 'ошибся', 'm4', at('10:11:00.000'), '2027-11');
    expect(unreadBy(withdrawMessage(thread, 'T', 'm4'), 'P')).toBe(1);
  });
});

describe('withdrawing a message (what was read is evidence and stays)', () => {
  it('lets the author take back a message nobody else has read, leaving an empty withdrawn message', () => {
    const thread = start();
    const withdrawn = withdrawMessage(thread, 'P', 'm1');
    expect(withdrawn.messages).toEqual([{ messageId: 'm1', authorId: 'P', text: '', sentAt: '2026-11-30T10:00:00.000Z', withdrawn: true }]);
    expect(thread.messages[0].text).toBe('Здравствуйте!');
  });

  it('changes nothing when withdrawn again', () => {
    const withdrawn = withdrawMessage(start(), 'P', 'm1');
    expect(withdrawMessage(withdrawn, 'P', 'm1')).toBe(withdrawn);
  });

  it('refuses once another participant has read it', () => {
    const read = markRead(start(), 'T', at('12:00:00.000'))!;
    const error = thrown(() => withdrawMessage(read, 'P', 'm1'));
    expect(error).toBeInstanceOf(FailedPrecondition);
    expect(error.message).toBe('сообщение уже прочитано: отозвать его нельзя');
  });

  it('refuses once another participant has answered after it (answering is reading)', () => {
    expect(() => withdrawMessage(postMessage(start(), 'T', 'ответ', 'm2', at('11:00:00.000'), '2027-11'), 'P', 'm1')).toThrow(FailedPrecondition);
  });

  it('lets the author take back a later message that was not read yet', () => {
    const read = markRead(start(), 'T', at('12:00:00.000'))!;
    const later = postMessage(read, 'P', 'не то', 'm2', at('12:30:00.000'), '2027-11');
    expect(withdrawMessage(later, 'P', 'm2').messages.map((message) => message.withdrawn)).toEqual([false, true]);
  });

  it('lets only the author withdraw: another participant’s attempt and an unknown message are not found', () => {
    refused(() => withdrawMessage(start(), 'T', 'm1'), NotFound, 'сообщение не найдено');
    refused(() => withdrawMessage(start(), 'P', 'nope'), NotFound, 'сообщение не найдено');
    refused(() => withdrawMessage(start(), 'D', 'm1'), NotFound, THREAD_MISSING);
  });
});

describe('pages of a thread’s messages, the newest last', () => {
  let thread = start();
  for (const number of [2, 3, 4, 5]) thread = postMessage(thread, number % 2 ? 'P' : 'T', `сообщение ${number}`, `m${number}`, at(`10:0${number}:00.000`), '2027-11');
  const page = (cursor: string, limit: number) => {
    const { messages, earlierCursor } = messagesPage(thread, cursor, limit);
    return { ids: messages.map((message) => message.messageId), earlierCursor };
  };

  it('gives the newest messages first and a cursor to the earlier ones until there are none', () => {
    expect(page('', 2)).toEqual({ ids: ['m4', 'm5'], earlierCursor: 'm4' });
    expect(page('m4', 2)).toEqual({ ids: ['m2', 'm3'], earlierCursor: 'm2' });
    expect(page('m2', 2)).toEqual({ ids: ['m1'], earlierCursor: '' });
  });

  it('gives the whole thread and no cursor when it fits', () => {
    expect(page('', 5)).toEqual({ ids: ['m1', 'm2', 'm3', 'm4', 'm5'], earlierCursor: '' });
    expect(page('', 50)).toEqual({ ids: ['m1', 'm2', 'm3', 'm4', 'm5'], earlierCursor: '' });
    expect(page('m1', 2)).toEqual({ ids: [], earlierCursor: '' });
  });

  it('refuses a cursor that is not a message of the thread', () => {
    refused(() => messagesPage(thread, 'zzz', 2), InvalidArgument, 'неверный курсор');
  });
});

it('checks a text on its own as a message', () => {
  expect(checkedText(' a\r\nb ')).toBe('a\nb');
  expect(() => checkedText(undefined as unknown as string)).toThrow(InvalidArgument);
});
