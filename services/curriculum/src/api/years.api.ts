import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import { Conflict, isDuplicateKey, NotFound, type AsyncHandlers } from '@ejournal/kit';
import { closePeriod, closureEffect, ensureNoOverlap, periodOf, planAcademicYear, reopenPeriod, withPeriod } from '../domain/academic-year';
import { today } from '../domain/dates';
import { periodClosed, periodReopened, yearOpened } from '../events/curriculum-events';
import { periodFact } from '../events/facts';
import { allow, requiredId } from './access';
import { yearMessage } from './messages';
import { settingsOf, SCHOOL_MISSING, YEAR_MISSING, yearOf, type Stores } from './stores';

type Handlers = Pick<AsyncHandlers<CurriculumServiceHandlers>, 'CreateAcademicYear' | 'ListAcademicYears' | 'GetAcademicYear' | 'ClosePeriod' | 'ReopenPeriod'>;

export function yearHandlers(stores: Stores): Handlers {
  const { years } = stores;
  return {
    async CreateAcademicYear(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      allow(principal, 'schedule.manage', { schoolId }, SCHOOL_MISSING);
      const settings = await settingsOf(stores, schoolId);
      const year = planAcademicYear(schoolId, request, settings);
      ensureNoOverlap(year, await years.findWhere({ schoolId }));
      try {
        await years.insert(year, [yearOpened(year)]);
      } catch (error) {
        if (isDuplicateKey(error)) throw new Conflict('учебный год уже создан');
        throw error;
      }
      return yearMessage(year);
    },

    async ListAcademicYears(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      allow(principal, 'schedule.read', { schoolId }, SCHOOL_MISSING);
      const found = await years.findWhere({ schoolId });
      return { years: found.sort((a, b) => a.startsOn.localeCompare(b.startsOn)).map(yearMessage) };
    },

    async GetAcademicYear(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.read', { schoolId: year.schoolId }, YEAR_MISSING);
      return yearMessage(year);
    },

    // 004 §4.2.3: the administrator closes periods and the year.
    async ClosePeriod(request, { principal }) {
      const yearId = requiredId(request.yearId, 'yearId', YEAR_MISSING);
      const periodId = requiredId(request.periodId, 'periodId', YEAR_MISSING);
      const closed = await years.change(
        yearId,
        (year) => {
          allow(principal, 'year.transition', { schoolId: year.schoolId }, YEAR_MISSING);
          const period = closePeriod(year, periodId, today(), request.confirm, principal.subject);
          return { next: withPeriod(year, period), events: (stored) => [periodClosed(stored, period)] };
        },
        () => new NotFound(YEAR_MISSING),
      );
      const period = periodOf(closed, periodId);
      return { year: yearMessage(closed), period: periodFact(period), effect: closureEffect(period) };
    },

    async ReopenPeriod(request, { principal }) {
      const yearId = requiredId(request.yearId, 'yearId', YEAR_MISSING);
      const periodId = requiredId(request.periodId, 'periodId', YEAR_MISSING);
      const reopened = await years.change(
        yearId,
        (year) => {
          allow(principal, 'year.transition', { schoolId: year.schoolId }, YEAR_MISSING);
          const period = reopenPeriod(year, periodId, today(), request.reason, principal.subject);
          return { next: withPeriod(year, period), events: (stored) => [periodReopened(stored, period, period.history!.at(-1)!.reason)] };
        },
        () => new NotFound(YEAR_MISSING),
      );
      const period = periodOf(reopened, periodId);
      return { year: yearMessage(reopened), period: periodFact(period), effect: `${period.name} снова открыт: отметки, пропуски, записи уроков и итоговые отметки можно менять как обычно` };
    },
  };
}
