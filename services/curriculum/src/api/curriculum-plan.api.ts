import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import { NotFound, type AsyncHandlers } from '@ejournal/kit';
import { approveCurriculum, curriculumId, reviseCurriculum, validateCurriculumGrade, validateCurriculumLines } from '../domain/curriculum';
import { ensureSubject } from '../domain/catalogue';
import { validateTeacherLoad } from '../domain/teacher-load';
import { approveThematicPlan, curriculumHoursOf, ensureTaught, reviseThematicPlan, thematicPlanId, validateTopics, type ThematicPlan } from '../domain/thematic-plan';
import { planApproved, teachingChanged, thematicPlanApproved } from '../events/curriculum-events';
import type { TeacherLoad } from '../store/curriculum.store';
import { allow, requiredId } from './access';
import { curriculumMessage, loadMessage, planMessage } from './messages';
import { settingsOf, YEAR_MISSING, yearOf, type Stores } from './stores';

type Handlers = Pick<
  AsyncHandlers<CurriculumServiceHandlers>,
  'SetCurriculum' | 'ApproveCurriculum' | 'GetCurriculum' | 'SetTeacherLoad' | 'GetTeacherLoad' | 'SetThematicPlan' | 'ApproveThematicPlan' | 'GetThematicPlan' | 'ListThematicPlans'
>;

const CURRICULUM_MISSING = 'учебный план не найден';
const PLAN_MISSING = 'КТП не найдено';

export function curriculumPlanHandlers(stores: Stores): Handlers {
  const { curricula, loads, plans, classes, catalogues } = stores;

  const planView = async (plan: ThematicPlan) => {
    const settings = await settingsOf(stores, plan.schoolId);
    return planMessage(plan, curriculumHoursOf(plan, await curricula.find(curriculumId(plan.yearId, plan.grade)), settings) ?? 0);
  };

  return {
    async SetCurriculum(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.manage', { schoolId: year.schoolId }, YEAR_MISSING);
      const settings = await settingsOf(stores, year.schoolId);
      const grade = validateCurriculumGrade(request.grade, settings);
      const lines = validateCurriculumLines(request.lines, (await catalogues.of(year.schoolId)).subjects);
      const saved = await curricula.change(
        curriculumId(year._id, grade),
        (current) => ({ next: reviseCurriculum(current, lines) }),
        () => ({ _id: curriculumId(year._id, grade), schoolId: year.schoolId, yearId: year._id, grade, lines: [], status: 'draft', approvedBy: '', approvedAt: null, version: 0 }),
      );
      return curriculumMessage(saved);
    },

    async ApproveCurriculum(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.manage', { schoolId: year.schoolId }, YEAR_MISSING);
      const approved = await curricula.change(
        curriculumId(year._id, request.grade),
        (current) => ({ next: approveCurriculum(current, principal.subject, new Date()), events: (stored) => [planApproved(stored)] }),
        () => new NotFound(CURRICULUM_MISSING),
      );
      return curriculumMessage(approved);
    },

    async GetCurriculum(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.read', { schoolId: year.schoolId }, YEAR_MISSING);
      const curriculum = await curricula.find(curriculumId(year._id, request.grade));
      if (!curriculum) throw new NotFound(CURRICULUM_MISSING);
      return curriculumMessage(curriculum);
    },

    async SetTeacherLoad(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.manage', { schoolId: year.schoolId }, YEAR_MISSING);
      const assignments = validateTeacherLoad(request.assignments, (await catalogues.of(year.schoolId)).subjects, await classes.findWhere({ yearId: year._id }));
      await stores.people.ensure(year.schoolId, 'staff', assignments.map((assignment) => assignment.teacherId), 'assignments.teacherId');
      const saved = await loads.change(
        year._id,
        (current) => ({ next: { ...current, assignments }, events: (stored) => [teachingChanged(stored, 'load', year._id, assignments)] }),
        (): TeacherLoad => ({ _id: year._id, schoolId: year.schoolId, assignments: [], version: 0 }),
      );
      return loadMessage(saved);
    },

    // Teachers read their own load; the administration the whole school's.
    async GetTeacherLoad(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'load.read', { schoolId: year.schoolId, teacherId: request.teacherId || undefined }, YEAR_MISSING);
      const load = (await loads.find(year._id)) ?? { _id: year._id, schoolId: year.schoolId, assignments: [], version: 0 };
      return loadMessage(load, request.teacherId);
    },

    async SetThematicPlan(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      const teacherId = (request.teacherId ?? '').trim();
      allow(principal, 'thematic-plan.edit', { schoolId: year.schoolId, teacherId: teacherId || undefined }, YEAR_MISSING);
      const topics = validateTopics(request.topics, teacherId);
      const catalogue = await catalogues.of(year.schoolId);
      ensureSubject(catalogue.subjects, request.subjectId);
      if (teacherId) {
        const [load, ofYear] = await Promise.all([loads.find(year._id), classes.findWhere({ yearId: year._id })]);
        const grades = new Map(ofYear.map((schoolClass) => [schoolClass._id, schoolClass.grade]));
        ensureTaught(teacherId, request.grade, request.subjectId, load?.assignments ?? [], (classId) => grades.get(classId));
      }
      const id = thematicPlanId(year._id, request.grade, request.subjectId, teacherId);
      const saved = await plans.change(
        id,
        (current) => ({ next: reviseThematicPlan(current, topics) }),
        (): ThematicPlan => ({ _id: id, schoolId: year.schoolId, yearId: year._id, grade: request.grade, subjectId: request.subjectId, teacherId, topics: [], status: 'draft', version: 0 }),
      );
      return planView(saved);
    },

    // 003 §4.2, 004 §4.2.5: approved only when its hours equal the curriculum's.
    async ApproveThematicPlan(request, { principal }) {
      const id = requiredId(request.planId, 'planId', PLAN_MISSING);
      const existing = await plans.find(id);
      if (!existing) throw new NotFound(PLAN_MISSING);
      allow(principal, 'schedule.manage', { schoolId: existing.schoolId }, PLAN_MISSING);
      const settings = await settingsOf(stores, existing.schoolId);
      const curriculum = await curricula.find(curriculumId(existing.yearId, existing.grade));
      const approved = await plans.change(
        id,
        (current) => ({ next: approveThematicPlan(current, curriculum, settings), events: (stored) => [thematicPlanApproved(stored)] }),
        () => new NotFound(PLAN_MISSING),
      );
      return planView(approved);
    },

    async GetThematicPlan(request, { principal }) {
      const plan = await plans.find(requiredId(request.planId, 'planId', PLAN_MISSING));
      if (!plan) throw new NotFound(PLAN_MISSING);
      allow(principal, 'schedule.read', { schoolId: plan.schoolId }, PLAN_MISSING);
      return planView(plan);
    },

    // By grade, subject, then the school's plan before the teachers' own.
    async ListThematicPlans(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.read', { schoolId: year.schoolId }, YEAR_MISSING);
      const [found, settings] = await Promise.all([plans.findWhere({ yearId: year._id }), settingsOf(stores, year.schoolId)]);
      const curriculaByGrade = new Map(await Promise.all([...new Set(found.map((plan) => plan.grade))].map(async (grade) => [grade, await curricula.find(curriculumId(year._id, grade))] as const)));
      const listed = found
        .sort((a, b) => a.grade - b.grade || a.subjectId.localeCompare(b.subjectId) || a.teacherId.localeCompare(b.teacherId))
        .map((plan) => planMessage(plan, curriculumHoursOf(plan, curriculaByGrade.get(plan.grade) ?? null, settings) ?? 0));
      return { plans: listed };
    },
  };
}
