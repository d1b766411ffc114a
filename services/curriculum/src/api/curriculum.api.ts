import { randomUUID } from 'node:crypto';
import { curriculumPackage, GRPC_SERVICE_NAMES, toTimestamp, type CurriculumServiceHandlers, type School as SchoolMessage } from '@ejournal/contracts';
import { authorize, InvalidArgument, NotFound, PermissionDenied, type AsyncHandlers, type GrpcServiceBinding, type OutboxRelay } from '@ejournal/kit';
import { validateSchoolRegistration } from '../domain/school';
import { schoolRegistered } from '../events/school-registered';
import type { School, SchoolStore } from '../store/school.store';

function toMessage(school: School): SchoolMessage {
  return {
    id: school._id,
    name: school.name,
    shortName: school.shortName,
    municipality: school.municipality,
    registeredAt: toTimestamp(school.registeredAt),
    version: String(school.version),
  };
}

export function curriculumApi(schools: SchoolStore, relay: OutboxRelay): GrpcServiceBinding {
  const handlers: AsyncHandlers<CurriculumServiceHandlers> = {
    async RegisterSchool(request, { principal }) {
      if (!authorize(principal, 'school.register')) throw new PermissionDenied('регистрировать школы может только региональный оператор');
      const registration = validateSchoolRegistration(request);
      const school: School = { _id: randomUUID(), ...registration, registeredAt: new Date(), registeredBy: principal.subject, version: 1 };
      await schools.register(school, [schoolRegistered(school)]);
      relay.nudge();
      return toMessage(school);
    },

    async GetSchool(request, { principal }) {
      if (!request.id) throw new InvalidArgument('не указан идентификатор школы', { id: 'обязательное поле' });
      const school = await schools.find(request.id);
      if (!school || !authorize(principal, 'school.read', { schoolId: school._id })) throw new NotFound('школа не найдена');
      return toMessage(school);
    },
  };
  return { name: GRPC_SERVICE_NAMES.curriculum, definition: curriculumPackage().CurriculumService.service, handlers };
}
