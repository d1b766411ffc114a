import { InvalidArgument } from '@ejournal/kit';
import { entryOf, threadsPage, unreadThreads, withEntry, type Mailbox, type MailboxEntry } from '../../src/domain/mailbox';
import type { Thread } from '../../src/domain/threads';

const entry = (threadId: string, lastMessageAt: string, more: Partial<MailboxEntry> = {}): MailboxEntry => ({
  threadId,
  schoolId: 'S',
  subject: `Тема ${threadId}`,
  names: 'Никитина Ольга Павловна, Григорьева Дарья Ивановна',
  lastMessageAt,
  lastAuthorId: 'P',
  lastText: 'текст',
  threadVersion: 1,
  unread: 0,
  ...more,
});
const mailbox = (...threads: MailboxEntry[]): Mailbox => ({ _id: 'P', threads, version: 3 });

describe('a thread as it stands in a mailbox', () => {
  const thread: Thread = {
    _id: 'TH',
    schoolId: 'S',
    subject: 'Контрольная',
    participants: [
      { personId: 'P', name: 'Никитина Ольга Павловна', relation: 'родитель', readUntil: '', readAt: '' },
      { personId: 'T', name: 'Григорьева Дарья Ивановна', relation: 'учитель', readUntil: '', readAt: '' },
    ],
    messages: [
      { messageId: 'm1', authorId: 'P', text: 'первое', sentAt: '2026-11-30T10:00:00.000Z', withdrawn: false },
      { messageId: 'm2', authorId: 'T', text: 'я'.repeat(250), sentAt: '2026-11-30T11:00:00.000Z', withdrawn: false },
    ],
    lastMessageAt: '2026-11-30T11:00:00.000Z',
    keptUntil: '2027-11',
    version: 4,
  };

  it('holds what the list shows: subject, names, the last message (at most 200 characters), the version and the unread count', () => {
    expect(entryOf(thread, 2)).toEqual({
      threadId: 'TH',
      schoolId: 'S',
      subject: 'Контрольная',
      names: 'Никитина Ольга Павловна, Григорьева Дарья Ивановна',
      lastMessageAt: '2026-11-30T11:00:00.000Z',
      lastAuthorId: 'T',
      lastText: 'я'.repeat(200),
      threadVersion: 4,
      unread: 2,
    });
  });

  it('shows no text of a withdrawn last message', () => {
    const withdrawn = { ...thread, messages: [thread.messages[0], { ...thread.messages[1], text: '', withdrawn: true }] };
    expect(entryOf(withdrawn, 0)).toMatchObject({ lastAuthorId: 'T', lastText: '' });
  });
});

describe('filing a thread’s state in a mailbox (events may come twice or out of order)', () => {
  it('adds a new thread at the top', () => {
    const filed = withEntry(mailbox(entry('A', '2026-11-30T10:00:00.000Z')), entry('B', '2026-11-30T11:00:00.000Z'));
    expect(filed!.threads.map((thread) => thread.threadId)).toEqual(['B', 'A']);
    expect(filed!.version).toBe(3);
  });

  it('replaces the entry with a newer state of the thread and moves it to the top', () => {
    const current = mailbox(entry('A', '2026-11-30T10:00:00.000Z'), entry('B', '2026-11-30T09:00:00.000Z', { threadVersion: 2 }));
    const filed = withEntry(current, entry('B', '2026-11-30T12:00:00.000Z', { threadVersion: 3, unread: 1 }))!;
    expect(filed.threads.map((thread) => [thread.threadId, thread.threadVersion, thread.unread])).toEqual([['B', 3, 1], ['A', 1, 0]]);
  });

  it('changes nothing for the same or an older state (null)', () => {
    const current = mailbox(entry('A', '2026-11-30T10:00:00.000Z', { threadVersion: 5 }));
    expect(withEntry(current, entry('A', '2026-11-30T12:00:00.000Z', { threadVersion: 5 }))).toBeNull();
    expect(withEntry(current, entry('A', '2026-11-30T09:00:00.000Z', { threadVersion: 4 }))).toBeNull();
    expect(withEntry(current, entry('A', '2026-11-30T12:00:00.000Z', { threadVersion: 6 }))).not.toBeNull();
  });

  it('leaves the mailbox it was given as it was', () => {
    const current = mailbox(entry('A', '2026-11-30T10:00:00.000Z'));
    withEntry(current, entry('A', '2026-11-30T12:00:00.000Z', { threadVersion: 2 }));
    expect(current.threads).toEqual([entry('A', '2026-11-30T10:00:00.000Z')]);
  });
});

describe('pages of a mailbox, newest first', () => {
  const box = mailbox(
    entry('C', '2026-11-29T10:00:00.000Z', { subject: 'Ёлка в школе' }),
    entry('A', '2026-11-30T10:00:00.000Z', { subject: 'Контрольная по математике' }),
    entry('E', '2026-11-28T10:00:00.000Z', { subject: 'Экскурсия', names: 'Алёна Смирнова' }),
    entry('B', '2026-11-30T10:00:00.000Z', { subject: 'Родительское собрание' }),
    entry('D', '2026-11-30T12:00:00.000Z', { subject: 'Пропуск', lastText: 'Справка от врача будет в ПОНЕДЕЛЬНИК' }),
  );
  const ids = (result: { entries: MailboxEntry[] }) => result.entries.map((item) => item.threadId);

  it('orders by the last message, newest first, and by thread id when the times are equal', () => {
    expect(ids(threadsPage(box, '', 10, ''))).toEqual(['D', 'A', 'B', 'C', 'E']);
  });

  it('pages with a cursor to the first entry of the next page, and none after the last', () => {
    expect(threadsPage(box, '', 2, '')).toEqual({ entries: [box.threads[4], box.threads[1]], nextCursor: 'B' });
    expect(ids(threadsPage(box, 'B', 2, ''))).toEqual(['B', 'C']);
    expect(threadsPage(box, 'B', 2, '').nextCursor).toBe('E');
    expect(threadsPage(box, 'E', 2, '')).toEqual({ entries: [box.threads[2]], nextCursor: '' });
    expect(threadsPage(box, '', 5, '').nextCursor).toBe('');
  });

  it('finds by subject, names or last message, whatever the case, ё and е alike', () => {
    expect(ids(threadsPage(box, '', 10, 'елка'))).toEqual(['C']);
    expect(ids(threadsPage(box, '', 10, 'ЁЛКА'))).toEqual(['C']);
    expect(ids(threadsPage(box, '', 10, 'алена'))).toEqual(['E']);
    expect(ids(threadsPage(box, '', 10, 'понедельник'))).toEqual(['D']);
    expect(ids(threadsPage(box, '', 10, '  контрольная  '))).toEqual(['A']);
    expect(ids(threadsPage(box, '', 10, 'григорьева'))).toEqual(['D', 'A', 'B', 'C']);
    expect(ids(threadsPage(box, '', 10, 'нет такого'))).toEqual([]);
  });

  it('pages within what the query found', () => {
    expect(threadsPage(box, '', 2, 'григорьева')).toMatchObject({ nextCursor: 'B' });
    expect(ids(threadsPage(box, 'B', 2, 'григорьева'))).toEqual(['B', 'C']);
  });

  it('refuses a cursor that is not among the threads found', () => {
    expect(() => threadsPage(box, 'ZZZ', 2, '')).toThrow(InvalidArgument);
    expect(() => threadsPage(box, 'ZZZ', 2, '')).toThrow('неверный курсор');
    expect(() => threadsPage(box, 'E', 2, 'контрольная')).toThrow(InvalidArgument);
  });

  it('an empty mailbox (none yet) has no threads, and no cursor is valid in it', () => {
    expect(threadsPage(null, '', 20, '')).toEqual({ entries: [], nextCursor: '' });
    expect(() => threadsPage(null, 'A', 20, '')).toThrow(InvalidArgument);
  });

  it('does not reorder the stored mailbox', () => {
    threadsPage(box, '', 10, '');
    expect(box.threads.map((thread) => thread.threadId)).toEqual(['C', 'A', 'E', 'B', 'D']);
  });
});

it('counts the unread messages of all threads of a mailbox', () => {
  expect(unreadThreads(mailbox(entry('A', '2026-11-30T10:00:00.000Z', { unread: 2 }), entry('B', '2026-11-30T10:00:00.000Z', { unread: 3 }), entry('C', '2026-11-30T10:00:00.000Z')))).toBe(5);
  expect(unreadThreads(null)).toBe(0);
});
