import { Inbox, runService, ServiceRuntime } from '@ejournal/kit';
import { attendanceApi } from './api/attendance.api';
import { CURRICULUM_EVENTS, keepCurriculum } from './events/curriculum.consumer';
import { AttendanceStore } from './store/attendance.store';

// Attendance: absences per lesson and student, kept per class and month.
// Publishes: attendance.absence.recorded, attendance.absence.corrected.
// Consumes: curriculum's lessons, enrolment, settings and period closings (its read models: events/curriculum.consumer.ts).
runService('attendance', async () => {
  const runtime = await ServiceRuntime.start('attendance', { grpcPort: 50054 });
  const store = new AttendanceStore(runtime.db);
  runtime.outboxRelay([store.sheets.model]);
  runtime.bus.subscribe('attendance', [...CURRICULUM_EVENTS], keepCurriculum(store), new Inbox(runtime.db, 'attendance'));
  await runtime.serve([attendanceApi(store)]);
});
