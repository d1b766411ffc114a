import { diaryPackage, GRPC_SERVICE_NAMES } from '@ejournal/contracts';
import { runService, ServiceRuntime } from '@ejournal/kit';

// Diary: its calls, stores and events come with the issue that builds it.
// Publishes: nothing yet. Consumes: nothing yet.
runService('diary', async () => {
  const runtime = await ServiceRuntime.start('diary', { grpcPort: 50055 });
  await runtime.serve([{ name: GRPC_SERVICE_NAMES.diary, definition: diaryPackage().DiaryService.service, handlers: {} }]);
});
