import { Inbox, readConfigOrExit, runService, ServiceRuntime, UNHURRIED_DEFER_MS } from '@ejournal/kit';
import { announcementsApi } from './api/announcements.api';
import { conversationsApi } from './api/conversations.api';
import { lettersApi } from './api/letters.api';
import { messagingApi } from './api/messaging.api';
import { noticesApi } from './api/notices.api';
import { mailEnvironment, peersEnvironment, retentionEnvironment } from './config';
import { Dispatcher } from './delivery/dispatcher';
import { Mailer } from './delivery/mailer';
import { Notifier } from './delivery/notifier';
import { RetentionPass } from './delivery/retention-pass';
import { InboxChanges } from './events/inbox-changes';
import { Mailboxes } from './events/mailboxes';
import { LetterSources } from './letters/letter-sources';
import { keepNotices, MESSAGING_EVENTS, MESSAGING_REPLAY_PROOF } from './events/notices.consumer';
import { Peers } from './peers';
import { SchoolDirectories } from './read-models/school-directories';
import { MessagingStore } from './store/messaging.store';

// Messaging: conversations between the school and families, announcements, and notices in the inbox,
// by e-mail and in digests, and the class teacher's information letters on paper (002 §2.2, 000 §9.1–9.2).
// Publishes: messaging.message.posted (consumed by itself: mailboxes and notices of a new message);
// messaging.inbox.changed (a hint for the gateway's live streams, not kept).
// Consumes: curriculum's school settings, classes, subjects and lesson changes; gradebook's marks,
// finals, lesson records and decided change requests; attendance's absences; identity's invitations,
// blocked accounts and reset passwords; every replica, identity.members.changed (its school directories).
runService('messaging', async () => {
  // A burst of the journal's events (a lesson's marks for a whole class) is worked through many at a time.
  const runtime = await ServiceRuntime.start('messaging', { grpcPort: 50056, prefetch: 128 });
  const store = new MessagingStore(runtime.db);
  const peers = new Peers(readConfigOrExit(peersEnvironment, 'messaging'), runtime.credentials);
  const mail = readConfigOrExit(mailEnvironment, 'messaging');
  const { MESSAGING_RETENTION_DAYS } = readConfigOrExit(retentionEnvironment, 'messaging');
  const mailer = new Mailer(mail.MESSAGING_SMTP_URL, mail.MESSAGING_MAIL_FROM);
  const dispatcher = new Dispatcher(store, mailer, (ids) => peers.contactAddresses(ids), runtime.logger, mail.MESSAGING_DISPATCH_INTERVAL_MS);
  const directories = new SchoolDirectories(peers, store);
  const changes = new InboxChanges(runtime.bus, runtime.logger);
  const told = (schoolId: string, personIds: string[]) => changes.tell(schoolId, personIds);
  const notifier = new Notifier(store, directories, MESSAGING_RETENTION_DAYS, () => dispatcher.wake(), told);
  const mailboxes = new Mailboxes(store, notifier, directories, told);
  const retention = new RetentionPass(store, runtime.logger);
  runtime.outboxRelay([store.threads.model]);
  // Notices come a moment after their fact: the diary the family opens on one is written first.
  runtime.bus.subscribe('messaging', [...MESSAGING_EVENTS], keepNotices(store, directories, notifier, mailboxes), new Inbox(runtime.db, 'messaging'), { replayProof: MESSAGING_REPLAY_PROOF, deferMs: UNHURRIED_DEFER_MS });
  // Every replica keeps directories: each hears of a change of the people (no inbox: forgetting twice is harmless).
  runtime.bus.subscribeEachInstance('messaging-directories', ['identity.members.changed'], async (event) => directories.forgetPeople(event.schoolId));
  runtime.atLastWrite('e-mail dispatcher', async () => {
    retention.stop();
    await dispatcher.stop();
    mailer.close();
  });
  await runtime.serve([
    messagingApi(
      conversationsApi(store, directories, mailboxes, notifier, MESSAGING_RETENTION_DAYS),
      announcementsApi(store, directories),
      noticesApi(store, directories, peers),
      lettersApi(new LetterSources(peers)),
    ),
  ]);
  dispatcher.start();
  retention.start();
});
