import { Inbox, runService, ServiceRuntime } from '@ejournal/kit';
import { gradebookApi } from './api/gradebook.api';
import { ATTENDANCE_EVENTS, keepAbsences } from './events/attendance.consumer';
import { CURRICULUM_EVENTS, keepCurriculum } from './events/curriculum.consumer';
import { JournalStore } from './store/journal.store';

// Gradebook: the class journal's lesson records, marks and finals, kept per journal page.
// Publishes: gradebook.lesson.recorded, gradebook.mark.set/changed/removed/over-absence, gradebook.final.set,
// gradebook.change-request.opened and .decided.
// Consumes: curriculum's settings, years, lessons and enrolment, and attendance's absences (its read models).
runService('gradebook', async () => {
  const runtime = await ServiceRuntime.start('gradebook', { grpcPort: 50053 });
  const store = new JournalStore(runtime.db);
  runtime.outboxRelay([store.sheets.model, store.pages.model]);
  runtime.bus.subscribe('gradebook', [...CURRICULUM_EVENTS], keepCurriculum(store), new Inbox(runtime.db, 'gradebook'));
  runtime.bus.subscribe('gradebook-absences', [...ATTENDANCE_EVENTS], keepAbsences(store), new Inbox(runtime.db, 'gradebook-absences'));
  await runtime.serve([gradebookApi(store)]);
});
