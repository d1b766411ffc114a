import { attendancePackage, GRPC_SERVICE_NAMES } from '@ejournal/contracts';
import { runService, ServiceRuntime } from '@ejournal/kit';

// Attendance: its calls, stores and events come with the issue that builds it.
// Publishes: nothing yet. Consumes: nothing yet.
runService('attendance', async () => {
  const runtime = await ServiceRuntime.start('attendance', { grpcPort: 50054 });
  await runtime.serve([{ name: GRPC_SERVICE_NAMES.attendance, definition: attendancePackage().AttendanceService.service, handlers: {} }]);
});
