import type { Account__Output, ImportReport__Output, PasswordReset__Output, PeopleList__Output, Person__Output, PersonCreated__Output, PupilNames__Output } from '@ejournal/contracts';
import { passwordResetSheet } from '../printouts/password-reset-sheet';
import express, { Router } from 'express';
import { z } from 'zod';
import { idQuery, param, query, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { Problem } from '../problem';
import { callerOf, type Upstream } from '../upstream';
import { grantSchema } from '../grant-schema';
import { field, accepts, bodyOf } from '../validation';

const createPersonBody = z.object({
  schoolId: field.id('школа'),
  kind: z.enum(['staff', 'student', 'parent'], { error: 'staff, student или parent' }),
  lastName: field.name('фамилия'),
  firstName: field.name('имя'),
  middleName: field.name('отчество').optional(),
  birthDate: field.text('дата рождения', 10).optional(),
  email: field.text('эл. почта', 254).optional(),
  phone: field.text('телефон', 32).optional(),
  classId: field.id('класс').optional(),
  login: field.login().optional(),
  grants: z.array(grantSchema).optional(),
});

const updatePersonBody = z.object({
  lastName: field.name('фамилия').optional(),
  firstName: field.name('имя').optional(),
  middleName: field.name('отчество').optional(),
  email: field.text('эл. почта', 254).optional(),
  phone: field.text('телефон', 32).optional(),
});

function personView(person: Person__Output) {
  return { ...person, uid: Number(person.uid) };
}

function accountView(account: Account__Output) {
  return { ...account, version: Number(account.version) };
}

/** People, accounts and their roles; a school's CSV import. */
export function peopleRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());
  const identity = upstream.identity;

  // The body is checked first (400 says what is wrong with it); the school it names, by identity (404 when not the caller's).
  router.post('/people', permit('staff.manage'), accepts(createPersonBody), async (_req, res) => {
    const { schoolId, login, grants, ...person } = bodyOf(res, createPersonBody);
    const created = await upstream.call<PersonCreated__Output>(callerOf(res), 'IdentityService/CreatePerson', (md, o, cb) =>
      identity.createPerson({ schoolId, login: login ?? '', grants: grants ?? [], person }, md, o, cb),
    );
    res
      .status(201)
      .location(`/api/v1/people/${created.person!.id}`)
      .set('Cache-Control', 'no-store')
      .json({ person: personView(created.person!), accountId: created.accountId || null, temporaryPassword: created.temporaryPassword || null });
  });

  // The school's people and their accounts (roles own and derived), found by name, login, kind, role or class.
  router.get('/schools/:schoolId/people', permit('people.list'), async (req, res) => {
    const kind = query(req, 'kind');
    if (kind && !['staff', 'student', 'parent'].includes(kind)) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'параметр kind: staff, student или parent', { kind: 'staff, student или parent' });
    const limit = Number(query(req, 'limit') || 100);
    const list = await upstream.call<PeopleList__Output>(callerOf(res), 'IdentityService/ListPeople', (md, o, cb) =>
      identity.listPeople({ schoolId: param(req, 'schoolId'), query: query(req, 'query').slice(0, 100), kind, role: query(req, 'role'), classId: idQuery(req, 'classId'), limit: Number.isFinite(limit) ? limit : 100 }, md, o, cb),
    );
    res.set('Cache-Control', 'no-store').json({ people: list.people.map(({ person, accounts }) => ({ ...personView(person!), accounts })) });
  });

  // The names of a class's pupils (the journal's rows) for those who teach or keep the class: names only.
  router.get('/classes/:classId/pupil-names', permit('pupil-names.read'), async (req, res) => {
    const names = await upstream.call<PupilNames__Output>(callerOf(res), 'IdentityService/ListPupilNames', (md, o, cb) => identity.listPupilNames({ classId: param(req, 'classId') }, md, o, cb));
    res.set('Cache-Control', 'private, no-store').json(names);
  });

  // Keeps a person's data current: the administrator; the class teacher the contacts of the class's pupils and parents.
  router.patch('/people/:personId', permit('person.update'), accepts(updatePersonBody), async (req, res) => {
    const body = bodyOf(res, updatePersonBody);
    const person = await upstream.call<Person__Output>(callerOf(res), 'IdentityService/UpdatePerson', (md, o, cb) => identity.updatePerson({ personId: param(req, 'personId'), ...body }, md, o, cb));
    res.set('Cache-Control', 'no-store').json(personView(person));
  });

  router.get('/people/:personId', permit('person.read'), async (req, res) => {
    const person = await upstream.call<Person__Output>(callerOf(res), 'IdentityService/GetPerson', (md, o, cb) => identity.getPerson({ personId: param(req, 'personId') }, md, o, cb));
    res.set('Cache-Control', 'no-store').json(personView(person));
  });

  router.post(
    '/schools/:schoolId/people/import',
    permit('students.manage', (req) => ({ schoolId: param(req, 'schoolId') })),
    express.text({ type: ['text/csv', 'text/plain'], limit: '5mb' }),
    async (req, res) => {
      if (typeof req.body !== 'string' || req.body.length === 0) {
        throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'пришлите CSV в теле запроса (Content-Type: text/csv; charset=utf-8)');
      }
      const csv = req.body;
      const report = await upstream.call<ImportReport__Output>(callerOf(res), 'IdentityService/ImportPeople', (md, o, cb) =>
        identity.importPeople({ schoolId: param(req, 'schoolId'), csv }, md, o, cb),
      );
      res
        .status(report.imported ? 201 : 422)
        .set('Cache-Control', 'no-store')
        .json({ imported: report.imported, people: report.people, accounts: report.accounts, errors: report.errors, created: report.created });
    },
  );

  router.post('/accounts/:accountId/grants', permit('grant.assign'), accepts(grantSchema), async (req, res) => {
    const body = bodyOf(res, grantSchema);
    const account = await upstream.call<Account__Output>(callerOf(res), 'IdentityService/GrantRole', (md, o, cb) =>
      identity.grantRole({ accountId: param(req, 'accountId'), grant: body }, md, o, cb),
    );
    res.json(accountView(account));
  });

  router.post('/accounts/:accountId/revoke', permit('account.revoke'), async (req, res) => {
    const reason = typeof req.body?.reason === 'string' ? req.body.reason : '';
    const account = await upstream.call<Account__Output>(callerOf(res), 'IdentityService/RevokeAccount', (md, o, cb) =>
      identity.revokeAccount({ accountId: param(req, 'accountId'), reason }, md, o, cb),
    );
    res.json(accountView(account));
  });

  // The old password stops working; the answer is a sheet to print and hand to the person, with a
  // one-time code they set their own password with (POST /api/v1/password/reset). No JSON copy of it.
  router.post('/accounts/:accountId/password-reset', permit('account.reset'), async (req, res) => {
    const reset = await upstream.call<PasswordReset__Output>(callerOf(res), 'IdentityService/ResetPassword', (md, o, cb) =>
      identity.resetPassword({ accountId: param(req, 'accountId') }, md, o, cb),
    );
    res.status(201).set('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(passwordResetSheet(reset));
  });

  router.delete('/accounts/:accountId/grants', permit('grant.assign'), accepts(grantSchema), async (req, res) => {
    const grant = bodyOf(res, grantSchema);
    const account = await upstream.call<Account__Output>(callerOf(res), 'IdentityService/RemoveGrant', (md, o, cb) => identity.removeGrant({ accountId: param(req, 'accountId'), grant }, md, o, cb));
    res.json(accountView(account));
  });

  // The signed-in account holder links their own account to the regional sign-on: the answer is where to
  // send the browser; the portal's callback (/api/v1/sso/callback) completes the link and signs them in.
  router.post('/sso/link', async (_req, res) => {
    const { authorizationUrl } = await upstream.call<{ authorizationUrl: string }>(callerOf(res), 'IdentityService/BeginSsoLink', (md, o, cb) => identity.beginSsoLink({}, md, o, cb));
    res.set('Cache-Control', 'no-store').json({ authorizationUrl });
  });

  // The operator rotates the key that signs access tokens; tokens signed by the old key stay valid.
  router.post('/signing-keys/rotate', permit('school.register'), async (_req, res) => {
    const keys = await upstream.call<{ jwksJson: string }>(callerOf(res), 'IdentityService/RotateSigningKey', (md, o, cb) => identity.rotateSigningKey({}, md, o, cb));
    res.type('application/jwk-set+json').send(keys.jwksJson);
  });

  router.post('/accounts/:accountId/unlock', permit('account.reset'), async (req, res) => {
    const account = await upstream.call<Account__Output>(callerOf(res), 'IdentityService/UnlockAccount', (md, o, cb) =>
      identity.unlockAccount({ accountId: param(req, 'accountId') }, md, o, cb),
    );
    res.json(accountView(account));
  });

  return router;
}
