import { runService, ServiceRuntime } from '@ejournal/kit';
import { curriculumApi } from './api/curriculum.api';
import { SchoolStore } from './store/school.store';

// Curriculum and schedule.
// Publishes: curriculum.school.registered. Consumes: nothing yet.
runService('curriculum', async () => {
  const runtime = await ServiceRuntime.start('curriculum', { grpcPort: 50052 });
  const schools = new SchoolStore(runtime.db);
  const relay = runtime.outboxRelay([schools.model]);
  await runtime.serve([curriculumApi(schools, relay)]);
});
