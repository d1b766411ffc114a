import { status as GrpcStatus } from '@grpc/grpc-js';
import { fromTimestamp, type KnownSchool__Output, type School__Output, type Schools__Output } from '@ejournal/contracts';
import { isServiceError } from '@ejournal/kit';
import { Router } from 'express';
import { z } from 'zod';
import { Problem } from '../problem';
import { callerOf, type Upstream } from '../upstream';
import { param } from '../params';
import { permit } from '../permit';
import { field, accepts, bodyOf } from '../validation';

const registerSchoolBody = z.object({
  name: field.text('полное наименование школы', 300),
  shortName: field.text('краткое наименование школы', 100),
  municipality: field.text('муниципалитет', 200),
});

function schoolView(school: School__Output, knownToIdentity: KnownSchool__Output | null) {
  return {
    id: school.id,
    name: school.name,
    shortName: school.shortName,
    municipality: school.municipality,
    registeredAt: fromTimestamp(school.registeredAt)?.toISOString(),
    version: Number(school.version),
    // Whether the identity service has learned of the school from the bus (curriculum.school.registered).
    identity: knownToIdentity ? { knownSince: fromTimestamp(knownToIdentity.knownSince)?.toISOString() } : null,
  };
}

export function schoolRoutes(upstream: Upstream): Router {
  const router = Router();

  router.post('/', permit('school.register'), accepts(registerSchoolBody), async (req, res) => {
    const body = bodyOf(res, registerSchoolBody);
    const school = await upstream.call<School__Output>(callerOf(res), 'CurriculumService/RegisterSchool', (md, o, cb) => upstream.curriculum.registerSchool(body, md, o, cb));
    res.status(201).location(`${req.baseUrl}/${school.id}`).json(schoolView(school, null));
  });

  // The region's schools for its operator (by name); anyone else of a school, their own.
  router.get('/', permit('school.read'), async (_req, res) => {
    const list = await upstream.call<Schools__Output>(callerOf(res), 'CurriculumService/ListSchools', (md, o, cb) => upstream.curriculum.listSchools({}, md, o, cb));
    res.set('Cache-Control', 'no-store').json({ schools: list.schools.map((school) => schoolView(school, null)) });
  });

  router.get('/:schoolId', permit('school.read', (req) => ({ schoolId: param(req, 'schoolId') })), async (req, res) => {
    const schoolId = param(req, 'schoolId');
    if (!/^[0-9a-f-]{36}$/.test(schoolId)) throw new Problem(404, 'not-found', 'Не найдено', 'школа не найдена');
    const school = await upstream.call<School__Output>(callerOf(res), 'CurriculumService/GetSchool', (md, o, cb) => upstream.curriculum.getSchool({ id: schoolId }, md, o, cb));
    const known = await upstream
      .call<KnownSchool__Output>(callerOf(res), 'IdentityService/GetKnownSchool', (md, o, cb) => upstream.identity.getKnownSchool({ schoolId }, md, o, cb))
      .catch((error: unknown) => {
        if (isServiceError(error) && error.code === GrpcStatus.NOT_FOUND) return null;
        throw error;
      });
    res.json(schoolView(school, known));
  });

  return router;
}
