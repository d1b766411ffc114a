import { Inbox, readConfigOrExit, runService, ServiceRuntime } from '@ejournal/kit';
import { identityEnvironment, SchoolPeople } from './api/school-people';
import { curriculumApi } from './api/curriculum.api';
import { LessonPlanner } from './api/lesson-planner';
import type { Stores } from './api/stores';
import { keepLessonWeeks, LESSON_EVENTS } from './events/lesson-weeks.consumer';
import { enrolRegisteredStudents, STUDENT_EVENTS } from './events/students.consumer';
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
// .lesson.cancelled, .lesson.substituted, .thematic-plan.approved, .subject.added, .teaching.changed,
// .plan.approved, .period.reopened.
// Consumes its own lesson events, to keep the week read models right after a crash, and
// identity.student.registered, to enrol a registered student in the class the school named.
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
  // The relay publishes the events these documents carry; the kit's writes announce them to it.
  runtime.outboxRelay([parts.schools.model, parts.catalogues.model, parts.years.model, parts.classes.model, parts.curricula.model, parts.loads.model, parts.timetables.model, parts.plans.model, parts.lessons.model, parts.lessons.plannings.model, parts.rosters.model]);
  const people = new SchoolPeople(readConfigOrExit(identityEnvironment, 'curriculum').IDENTITY_GRPC_ADDRESS, runtime.credentials);
  const stores: Stores = { ...parts, people };
  const planner = new LessonPlanner(stores, runtime.logger);
  runtime.bus.subscribe('curriculum-lesson-weeks', [...LESSON_EVENTS], keepLessonWeeks(parts.lessons.weeks), new Inbox(db, 'curriculum-lesson-weeks'));
  runtime.bus.subscribe('curriculum-students', [...STUDENT_EVENTS], enrolRegisteredStudents(stores, runtime.logger), new Inbox(db, 'curriculum-students'));
  await runtime.serve([curriculumApi(stores, planner)], () => planner.finishInterrupted());
});
