import { aggregateSchema, VersionedDocuments, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';
import type { Curriculum, LoadAssignment } from '../domain/curriculum';
import type { ThematicPlan } from '../domain/thematic-plan';

/** The teacher load of a year: one document, since the inspector and the timetable read it whole. */
export interface TeacherLoad extends Versioned {
  schoolId: string;
  assignments: LoadAssignment[];
}

export interface CurriculumStores {
  curricula: VersionedDocuments<Curriculum>;
  loads: VersionedDocuments<TeacherLoad>;
  plans: VersionedDocuments<ThematicPlan>;
}

export function curriculumStores(connection: mongoose.Connection): CurriculumStores {
  const curriculum = aggregateSchema('curricula', { yearId: { type: String, required: true } });
  curriculum.index({ yearId: 1 });
  const plans = aggregateSchema('thematic_plans', { yearId: { type: String, required: true } });
  plans.index({ yearId: 1 });
  return {
    curricula: new VersionedDocuments(connection.model('Curriculum', curriculum), 'учебный план'),
    loads: new VersionedDocuments(connection.model('TeacherLoad', aggregateSchema('teacher_loads')), 'нагрузка'),
    plans: new VersionedDocuments(connection.model('ThematicPlan', plans), 'КТП'),
  };
}
