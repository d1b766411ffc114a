import { GRPC_SERVICE_NAMES, messagingPackage, type messagingV1 } from '@ejournal/contracts';
import type { AsyncHandlers, GrpcServiceBinding } from '@ejournal/kit';

/** The messaging service: its handler groups joined (conversations, announcements, notices, letters). */
export function messagingApi(...groups: Array<Partial<AsyncHandlers<messagingV1.MessagingServiceHandlers>>>): GrpcServiceBinding {
  const handlers = Object.assign({}, ...groups) as AsyncHandlers<messagingV1.MessagingServiceHandlers>;
  return { name: GRPC_SERVICE_NAMES.messaging, definition: messagingPackage().MessagingService.service, handlers };
}
