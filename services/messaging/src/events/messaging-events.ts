import { pendingEvent, type PendingEvent } from '@ejournal/kit';
import type { Thread } from '../domain/threads';

/** A message in a thread: ids only (the text stays in the thread). */
export function messagePosted(thread: Thread, messageId: string): PendingEvent {
  const message = thread.messages.find((entry) => entry.messageId === messageId)!;
  return pendingEvent('messaging.message.posted', { schoolId: thread.schoolId, aggregateId: thread._id, aggregateVersion: thread.version }, {
    threadId: thread._id,
    messageId,
    authorId: message.authorId,
    participantIds: thread.participants.map((participant) => participant.personId),
  });
}
