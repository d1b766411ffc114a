import { pendingEvent, type PendingEvent } from '@ejournal/kit';
import type { Thread } from '../domain/threads';

/** A message in a thread: the thread's and the message's ids only (messaging reads the rest from the thread). */
export function messagePosted(thread: Thread, messageId: string): PendingEvent {
  return pendingEvent('messaging.message.posted', { schoolId: thread.schoolId, aggregateId: thread._id, aggregateVersion: thread.version }, { threadId: thread._id, messageId, authorId: '', participantIds: [] });
}
