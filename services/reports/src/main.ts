import { Inbox, readConfigOrExit, runService, ServiceRuntime, UNHURRIED_DEFER_MS } from '@ejournal/kit';
import { reportsApi } from './api/reports.api';
import { keepReadModels, REPORT_EVENTS } from './events/read-models.consumer';
import { Names, peersEnvironment } from './peers';
import { ReportsStore } from './store/reports.store';

// Reports and monitoring (002 §3.6, 003 §4.1–4.2, 004 §4.2.4, 001 §9): filling control, the class's
// summary sheet and average chart, the region's data-quality view — from read models of its own.
// Publishes: nothing. Consumes: curriculum.school.registered, .school.settings-changed, .subject.added,
// .year.opened, .period.closed, .period.reopened, .class.changed, .enrolment.changed, .lessons.planned,
// .lesson.changed, .lesson.cancelled, .lesson.substituted; gradebook.lesson.recorded, .mark.set,
// .mark.changed, .mark.removed, .final.set; attendance.absence.recorded, .absence.corrected.
runService('reports', async () => {
  const runtime = await ServiceRuntime.start('reports', { grpcPort: 50058, prefetch: 256 });
  const store = new ReportsStore(runtime.db);
  const names = new Names(readConfigOrExit(peersEnvironment, 'reports').IDENTITY_GRPC_ADDRESS, runtime.credentials);
  // Reports take their facts a moment after the diary does (nobody waits for them at that moment).
  runtime.bus.subscribe('reports', [...REPORT_EVENTS], keepReadModels(store), new Inbox(runtime.db, 'reports'), { deferMs: UNHURRIED_DEFER_MS });
  await runtime.serve([reportsApi(store, names)]);
});
