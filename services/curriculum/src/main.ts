import { Inbox, runService, ServiceRuntime } from '@ejournal/kit';
import { curriculumApi } from './api/curriculum.api';
import { LessonPlanner } from './api/lesson-planner';
import type { Stores } from './api/stores';
import { keepLessonWeeks, LESSON_EVENTS } from './events/lesson-weeks.consumer';
import { CatalogueStore } from './store/catalogue.store';
import { classStore } from './store/class.store';
import { curriculumStores } from './store/curriculum.store';
import { LessonStore } from './store/lesson.store';
import { rosterStore } from './store/roster.store';
import { SchoolStore } from './store/school.store';
import { timetableStore } from './store/timetable.store';
import { yearStore } from './store/year.store';

// Curriculum and schedule.
// Publishes: curriculum.school.registered, .school.settings-changed, .year.opened, .period.closed,
// .class.changed, .year.transitioned, .enrolment.changed, .lessons.planned, .lesson.changed,
// .lesson.cancelled, .lesson.substituted, .thematic-plan.approved.
// Consumes its own lesson events, to keep the week read models right after a crash.
runService('curriculum', async () => {
  const runtime = await ServiceRuntime.start('curriculum', { grpcPort: 50052 });
  const { db } = runtime;
  const parts = {
    schools: new SchoolStore(db),
    years: yearStore(db),
    catalogues: new CatalogueStore(db),
    classes: classStore(db),
    ...curriculumStores(db),
    timetables: timetableStore(db),
    lessons: new LessonStore(db),
    rosters: rosterStore(db),
  };
  const relay = runtime.outboxRelay([parts.schools.model, parts.years.model, parts.classes.model, parts.curricula.model, parts.plans.model, parts.lessons.model, parts.lessons.plannings.model, parts.rosters.model]);
  const stores: Stores = { ...parts, relay };
  const planner = new LessonPlanner(stores, runtime.logger);
  runtime.bus.subscribe('curriculum-lesson-weeks', [...LESSON_EVENTS], keepLessonWeeks(parts.lessons.weeks), new Inbox(db, 'curriculum-lesson-weeks'));
  await runtime.serve([curriculumApi(stores, planner)], () => planner.finishInterrupted());
});
