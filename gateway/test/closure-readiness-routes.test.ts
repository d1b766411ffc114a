import { createLogger, InvalidArgument, toServiceError, type DomainError, type Principal } from '@ejournal/kit';
import { Metadata } from '@grpc/grpc-js';
import request from 'supertest';
import type { AccessTokenVerifier } from '../src/access-tokens';
import { createApp } from '../src/app';
import { DEFAULT_WEB_ROOT } from '../src/config';
import { incompleteSummary } from '../src/routes/school-year';
import type { Upstream } from '../src/upstream';

// Before closing a period the administrator sees what it leaves incomplete (issue #16): the readiness
// route asks the gradebook for the school's period; a close without confirmation says the counts.
const SCHOOL = '0b7a7a52-3b1e-4c55-9d0e-6f2a1c9e0a01';
const OTHER_SCHOOL = '5d0e7f52-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const YEAR = '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5';
const PERIOD = '2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6';
const CLASS = '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7';

const PRINCIPALS: Record<string, Principal> = {
  admin: { subject: 'a-admin', grants: [{ role: 'school_admin', schoolId: SCHOOL }] },
  teacher: { subject: 'a-teacher', personId: 'T1', grants: [{ role: 'subject_teacher', schoolId: SCHOOL, classId: CLASS, subjectId: 'math' }] },
};

const totals = { pages: 40, incompletePages: 3, lessonsWithoutTopic: 12, studentsWithoutFinal: 3, pendingChangeRequests: 1 };

function harness() {
  const calls: Array<{ name: string; request: unknown }> = [];
  const failures: Record<string, DomainError> = {};
  const replies: Record<string, unknown> = {
    getAcademicYear: { id: YEAR, schoolId: SCHOOL, periods: [] },
    getClosureReadiness: { schoolId: SCHOOL, yearId: YEAR, periodId: PERIOD, closed: false, pages: [], totals },
  };
  let pending = '';
  const service = () =>
    new Proxy(
      {},
      {
        get: (_target, method: string) => (req: unknown, _md: unknown, _options: unknown, callback: (error: unknown, value?: unknown) => void) => {
          calls.push({ name: pending, request: req });
          const failure = failures[method];
          if (failure) callback(Object.assign(new Error(failure.message), toServiceError(failure)));
          else callback(null, replies[method] ?? {});
        },
      },
    );
  const upstream = {
    curriculum: service(),
    gradebook: service(),
    identity: {},
    health: {},
    call: (_caller: unknown, name: string, invoke: (md: unknown, options: unknown, cb: (error: unknown, value?: unknown) => void) => unknown) =>
      new Promise((resolve, reject) => {
        pending = name;
        invoke(new Metadata(), {}, (error, value) => (error ? reject(error) : resolve(value)));
      }),
  } as unknown as Upstream;
  const verifier = { verify: async (token: string) => PRINCIPALS[token] } as unknown as AccessTokenVerifier;
  const logger = createLogger('gateway');
  logger.silent = true;
  const app = createApp({ upstream, logger, verifier, isReady: () => true, limits: { perMinute: 10_000, authPerMinute: 100 }, webRoot: DEFAULT_WEB_ROOT });
  return { app, calls, failures, as: (who: keyof typeof PRINCIPALS) => ({ Authorization: `Bearer ${who}` }) };
}

describe('what a period leaves incomplete, through the gateway', () => {
  it("asks the gradebook for the school's period and answers with its readiness", async () => {
    const { app, calls, as } = harness();
    const response = await request(app).get(`/api/v1/schools/${SCHOOL}/years/${YEAR}/periods/${PERIOD}/readiness`).set(as('admin'));
    expect(response.status).toBe(200);
    expect(response.body.totals).toEqual(totals);
    expect(calls).toEqual([{ name: 'GradebookService/GetClosureReadiness', request: { schoolId: SCHOOL, yearId: YEAR, periodId: PERIOD } }]);
  });

  it('needs the right to close periods in the school: a teacher is told so, another school is not there', async () => {
    const { app, calls, as } = harness();
    const teacher = await request(app).get(`/api/v1/schools/${SCHOOL}/years/${YEAR}/periods/${PERIOD}/readiness`).set(as('teacher'));
    expect(teacher.status).toBe(403);
    expect(teacher.body.permission).toBe('year.transition');
    expect((await request(app).get(`/api/v1/schools/${OTHER_SCHOOL}/years/${YEAR}/periods/${PERIOD}/readiness`).set(as('admin'))).status).toBe(404);
    expect(calls).toEqual([]);
  });

  it('says how much is incomplete when a close is not confirmed', async () => {
    const { app, calls, failures, as } = harness();
    failures.closePeriod = new InvalidArgument('подтвердите закрытие (confirm: true): 1 четверть', { confirm: 'true, чтобы закрыть период' });
    const refused = await request(app).post(`/api/v1/years/${YEAR}/periods/${PERIOD}/close`).set(as('admin')).send({ confirm: false });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toBe('подтвердите закрытие (confirm: true): 1 четверть; не заполнено: уроков без темы — 12, учеников без итоговой — 3, запросов на изменение — 1');
    expect(refused.body.errors).toEqual({ confirm: 'true, чтобы закрыть период' });
    expect(calls.map((call) => call.name)).toEqual(['CurriculumService/ClosePeriod', 'CurriculumService/GetAcademicYear', 'GradebookService/GetClosureReadiness']);
    expect(calls[2].request).toEqual({ schoolId: SCHOOL, yearId: YEAR, periodId: PERIOD });
  });

  it("keeps curriculum's refusal as it was when the counts cannot be had", async () => {
    const { app, failures, as } = harness();
    failures.closePeriod = new InvalidArgument('подтвердите закрытие (confirm: true): 1 четверть', { confirm: 'true, чтобы закрыть период' });
    failures.getClosureReadiness = new InvalidArgument('что-то не так');
    const refused = await request(app).post(`/api/v1/years/${YEAR}/periods/${PERIOD}/close`).set(as('admin')).send({ confirm: false });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toBe('подтвердите закрытие (confirm: true): 1 четверть');
  });

  it('words a complete period as such', () => {
    expect(incompleteSummary({ ...totals, lessonsWithoutTopic: 0, studentsWithoutFinal: 0, pendingChangeRequests: 0 })).toBe('незаполненного нет');
    expect(incompleteSummary(null)).toBe('незаполненного нет');
  });
});
