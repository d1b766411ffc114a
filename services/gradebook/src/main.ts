import { gradebookPackage, GRPC_SERVICE_NAMES } from '@ejournal/contracts';
import { runService, ServiceRuntime } from '@ejournal/kit';

// Gradebook: its calls, stores and events come with the issue that builds it.
// Publishes: nothing yet. Consumes: nothing yet.
runService('gradebook', async () => {
  const runtime = await ServiceRuntime.start('gradebook', { grpcPort: 50053 });
  await runtime.serve([{ name: GRPC_SERVICE_NAMES.gradebook, definition: gradebookPackage().GradebookService.service, handlers: {} }]);
});
