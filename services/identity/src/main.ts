import { Inbox, runService, ServiceRuntime } from '@ejournal/kit';
import { identityApi } from './api/identity.api';
import { onSchoolRegistered } from './events/school-registered.consumer';
import { KnownSchoolStore } from './store/known-school.store';

// Identity and access.
// Publishes: nothing yet. Consumes: curriculum.school.registered.
runService('identity', async () => {
  const runtime = await ServiceRuntime.start('identity', { grpcPort: 50051 });
  const knownSchools = new KnownSchoolStore(runtime.db);
  runtime.bus.subscribe('identity', ['curriculum.school.registered'], onSchoolRegistered(knownSchools), new Inbox(runtime.db, 'identity'));
  await runtime.serve([identityApi(knownSchools)]);
});
