import { Inbox, readConfigOrExit, runService, ServiceRuntime } from '@ejournal/kit';
import { ExportJobs } from './export/export-jobs';
import { ExportSchedule } from './export/export-schedule';
import { Sources } from './export/sources';
import { pseudonymEnvironment, scheduleEnvironment, sourcesEnvironment } from './config';
import { diaryApi } from './api/diary.api';
import { Pseudonyms } from './domain/pseudonym';
import { DIARY_EVENTS, keepDiary } from './events/diary.consumer';
import { DiaryStore } from './store/diary.store';
import { DiaryViewCounter } from './store/diary-view-counter';
import { sharePageChanges } from './events/page-changes';

// Diary: what parents, students and interested persons see, built from events within seconds.
// Publishes: diary.openings.counted (a school's week of openings, for the region's monitoring) and
// diary.pages.changed (a hint: the documents of week pages just written). Consumes: curriculum's lessons
// and enrolment, gradebook's records, marks and finals, attendance's absences — kept under pseudonymous
// student keys; and (every instance) diary.pages.changed, to drop its own copies.
runService('diary', async () => {
  // 1,024 deliveries in hand: a burst's events of one pupil's week or period are applied together, in one
  // write (2,334 writes of them instead of 4,970 for 6,000 events; catching up 233 → 450 events/s,
  // docs/benchmarks.md).
  const runtime = await ServiceRuntime.start('diary', { grpcPort: 50055, prefetch: 1024 });
  const store = new DiaryStore(runtime.db);
  const pseudonyms = new Pseudonyms(readConfigOrExit(pseudonymEnvironment, 'diary').DIARY_PSEUDONYM_SECRET);
  const sources = new Sources(readConfigOrExit(sourcesEnvironment, 'diary'), runtime.credentials);
  const jobs = new ExportJobs(runtime.db, store, pseudonyms, sources, runtime.logger);
  const schedule = new ExportSchedule(store, jobs, runtime.logger, readConfigOrExit(scheduleEnvironment, 'diary').DIARY_EXPORT_DAY_OF_MONTH);
  runtime.bus.subscribe('diary', [...DIARY_EVENTS], keepDiary(store, pseudonyms, schedule), new Inbox(runtime.db, 'diary'));
  // Week pages kept in memory — by the gateways, and the documents behind them here — hear of every write.
  sharePageChanges(runtime.bus, store, runtime.logger);
  const views = new DiaryViewCounter(store.views, store.openings, runtime.logger);
  runtime.outboxRelay([store.openings.model]);
  runtime.atLastWrite('diary views', () => views.stop());
  await runtime.serve([diaryApi(store, pseudonyms, jobs, sources, views)]);
  views.start();
  schedule.start();
  jobs.startWorking();
});
