import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import type { AsyncHandlers } from '@ejournal/kit';
import { parseDate } from '../domain/dates';
import { inspect, type SchoolYearState } from '../domain/inspector';
import type { WeeklyTimetable } from '../domain/timetable';
import { allow, requiredId } from './access';
import { rosterOf, settingsOf, YEAR_MISSING, yearOf, type Stores } from './stores';

type Handlers = Pick<AsyncHandlers<CurriculumServiceHandlers>, 'InspectYear'>;

/** Everything the inspector looks at, read by equality on the year (a handful of documents). */
export async function schoolYearState(stores: Stores, yearId: string): Promise<SchoolYearState> {
  const year = await yearOf(stores, yearId);
  const [settings, catalogue, classes, curricula, load, timetables, roster, plans] = await Promise.all([
    settingsOf(stores, year.schoolId),
    stores.catalogues.of(year.schoolId),
    stores.classes.findWhere({ yearId }),
    stores.curricula.findWhere({ yearId }),
    stores.loads.find(yearId),
    stores.timetables.findWhere({ yearId }),
    rosterOf(stores, year),
    stores.plans.findWhere({ yearId }),
  ]);
  return {
    year,
    settings,
    subjects: catalogue.subjects,
    rooms: catalogue.rooms,
    classes,
    curricula,
    load: load?.assignments ?? [],
    timetables: new Map<string, WeeklyTimetable[]>(timetables.map((timetable) => [timetable._id, timetable.timetables])),
    roster,
    plans,
  };
}

export function inspectorHandlers(stores: Stores): Handlers {
  return {
    // 001 §9.1: the electronic inspector.
    async InspectYear(request, { principal }) {
      const yearId = requiredId(request.yearId, 'yearId', YEAR_MISSING);
      const state = await schoolYearState(stores, yearId);
      allow(principal, 'inspection.read', { schoolId: state.year.schoolId }, YEAR_MISSING);
      const onDate = request.onDate ? parseDate(request.onDate, 'onDate', 'дата проверки') : state.year.startsOn;
      const findings = inspect(state, onDate);
      return { yearId, onDate, findings, clean: findings.length === 0 };
    },
  };
}
