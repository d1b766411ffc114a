import { Inbox, readConfigOrExit, runService, ServiceRuntime } from '@ejournal/kit';
import { archiveApi } from './api/archive.api';
import { ArchivingPass } from './archiving/archiving-pass';
import { Archivist } from './archiving/archivist';
import { RetentionPass } from './archiving/retention-pass';
import { archiveEnvironment, peersEnvironment } from './config';
import { retentionTerms } from './domain/retention';
import { ARCHIVE_EVENTS, keepClosedRecords } from './events/closures.consumer';
import { Peers } from './peers';
import { ArchiveStore } from './store/archive.store';

// Archive (002 §5, 003 §5, 004 §6): at each period's closure the signed closed record of every journal
// page, at the year's end the classes' summary sheets; amendments for changes approved after closure;
// printouts; removal at the end of each record's term (journals 5 years, summary sheets 25).
// Publishes: nothing. Consumes: curriculum.period.closed, gradebook.change-request.decided.
runService('archive', async () => {
  const runtime = await ServiceRuntime.start('archive', { grpcPort: 50057 });
  const settings = readConfigOrExit(archiveEnvironment, 'archive');
  const store = new ArchiveStore(runtime.db);
  const peers = new Peers(readConfigOrExit(peersEnvironment, 'archive'), runtime.credentials);
  const terms = retentionTerms({ 'journal-page': settings.ARCHIVE_RETENTION_YEARS_JOURNAL, 'attendance-sheet': settings.ARCHIVE_RETENTION_YEARS_JOURNAL, 'summary-sheet': settings.ARCHIVE_RETENTION_YEARS_SUMMARY });
  const archivist = new Archivist(store, peers, { passphrase: settings.ARCHIVE_KEY_PASSPHRASE, terms }, runtime.logger);
  const archiving = new ArchivingPass(store, archivist, runtime.logger, settings.ARCHIVE_PASS_INTERVAL_MS);
  const retention = new RetentionPass(store, runtime.logger);
  runtime.bus.subscribe('archive', [...ARCHIVE_EVENTS], keepClosedRecords(store, archivist, archiving), new Inbox(runtime.db, 'archive'));
  runtime.atLastWrite('archiving passes', async () => {
    await Promise.all([archiving.stop(), retention.stop()]);
  });
  await runtime.serve([archiveApi(store, archivist, peers, settings.ARCHIVE_VERIFY_URL)]);
  archiving.start();
  retention.start();
});
