import { curriculumPackage, GRPC_SERVICE_NAMES, type CurriculumServiceHandlers } from '@ejournal/contracts';
import type { AsyncHandlers, GrpcServiceBinding } from '@ejournal/kit';
import { catalogueHandlers } from './catalogue.api';
import { classHandlers } from './classes.api';
import { curriculumPlanHandlers } from './curriculum-plan.api';
import { importHandlers } from './imports.api';
import { inspectorHandlers } from './inspector.api';
import type { LessonPlanner } from './lesson-planner';
import { movementHandlers } from './movement.api';
import { schoolHandlers } from './school.api';
import type { Stores } from './stores';
import { timetableHandlers } from './timetable.api';
import { yearHandlers } from './years.api';

/** The CurriculumService: every handler group, one binding. */
export function curriculumApi(stores: Stores, planner: LessonPlanner): GrpcServiceBinding {
  const handlers: AsyncHandlers<CurriculumServiceHandlers> = {
    ...schoolHandlers(stores),
    ...yearHandlers(stores),
    ...catalogueHandlers(stores),
    ...classHandlers(stores),
    ...curriculumPlanHandlers(stores),
    ...timetableHandlers(stores, planner),
    ...movementHandlers(stores),
    ...inspectorHandlers(stores),
    ...importHandlers(stores),
  };
  return { name: GRPC_SERVICE_NAMES.curriculum, definition: curriculumPackage().CurriculumService.service, handlers };
}
