import { GRPC_SERVICE_NAMES, gradebookPackage, type gradebookV1 } from '@ejournal/contracts';
import type { AsyncHandlers, GrpcServiceBinding } from '@ejournal/kit';
import type { JournalStore } from '../store/journal.store';
import { closureReadinessHandlers } from './closure-readiness.api';
import { finalHandlers } from './finals.api';
import { JournalAccess } from './journal-access';
import { journalPageHandlers } from './journal-pages.api';
import { lessonHandlers } from './lessons.api';
import { markHandlers } from './marks.api';

/** The gradebook's gRPC service: each handler decodes, authorises, calls one domain function and encodes. */
export function gradebookApi(store: JournalStore): GrpcServiceBinding {
  const journal = new JournalAccess(store);
  const handlers: AsyncHandlers<gradebookV1.GradebookServiceHandlers> = {
    ...journalPageHandlers(journal),
    ...lessonHandlers(journal),
    ...markHandlers(journal),
    ...finalHandlers(journal),
    ...closureReadinessHandlers(journal),
  };
  return { name: GRPC_SERVICE_NAMES.gradebook, definition: gradebookPackage().GradebookService.service, handlers };
}
