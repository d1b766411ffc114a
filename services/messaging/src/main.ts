import { messagingPackage, GRPC_SERVICE_NAMES } from '@ejournal/contracts';
import { runService, ServiceRuntime } from '@ejournal/kit';

// Messaging: its calls, stores and events come with the issue that builds it.
// Publishes: nothing yet. Consumes: nothing yet.
runService('messaging', async () => {
  const runtime = await ServiceRuntime.start('messaging', { grpcPort: 50056 });
  await runtime.serve([{ name: GRPC_SERVICE_NAMES.messaging, definition: messagingPackage().MessagingService.service, handlers: {} }]);
});
