import { archivePackage, GRPC_SERVICE_NAMES } from '@ejournal/contracts';
import { runService, ServiceRuntime } from '@ejournal/kit';

// Archive: its calls, stores and events come with the issue that builds it.
// Publishes: nothing yet. Consumes: nothing yet.
runService('archive', async () => {
  const runtime = await ServiceRuntime.start('archive', { grpcPort: 50057 });
  await runtime.serve([{ name: GRPC_SERVICE_NAMES.archive, definition: archivePackage().ArchiveService.service, handlers: {} }]);
});
