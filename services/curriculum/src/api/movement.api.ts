import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import { Conflict, InvalidArgument, NotFound, type AsyncHandlers } from '@ejournal/kit';
import { parseDate } from '../domain/dates';
import { isUuid } from '../domain/ids';
import type { AcademicYear } from '../domain/academic-year';
import { assignToGroup, emptyRoster, placementsByPupil, placementsOf, recordMovement, rosterOn, type Roster } from '../domain/roster';
import { graduatedRoster, planTransition, promotedRoster, requireOrderNumber, transitionedYear } from '../domain/year-transition';
import { enrolmentChanged, groupsChanged, yearTransitioned } from '../events/curriculum-events';
import { allow, requiredId } from './access';
import { movementMessage } from './messages';
import { CLASS_MISSING, classOf, rosterOf, SCHOOL_MISSING, settingsOf, YEAR_MISSING, yearOf, type Stores } from './stores';

type Handlers = Pick<AsyncHandlers<CurriculumServiceHandlers>, 'RecordMovement' | 'AssignToGroup' | 'GetRoster' | 'GetStudentHistory' | 'ListYearPlacements' | 'TransitionYear'>;

const STUDENT_MISSING = 'обучающийся не найден';

export function movementHandlers(stores: Stores): Handlers {
  const { rosters, classes, years } = stores;
  const blankRoster = (year: AcademicYear) => () => emptyRoster(year);
  /** Writes a roster change made of movements (promotions, graduations) with an enrolment event per moved student. */
  const moveStudents = (year: AcademicYear, move: (current: Roster) => { roster: Roster; moved: string[] }) =>
    rosters.change(
      year._id,
      (current) => {
        const { roster, moved } = move(current);
        if (moved.length === 0) return { next: null, result: null };
        return { next: roster, events: (stored) => moved.map((studentId) => enrolmentChanged(stored, stored.movements.findLast((movement) => movement.studentId === studentId)!)), result: null };
      },
      blankRoster(year),
    );

  return {
    // 001 §9.1: movement — enrolment, expulsion, transfers — each with its date and order.
    async RecordMovement(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'movement.manage', { schoolId: year.schoolId }, YEAR_MISSING);
      await stores.people.ensure(year.schoolId, 'student', [request.studentId], 'studentId');
      const yearClasses = await classes.findWhere({ yearId: year._id });
      const movement = await rosters.change(
        year._id,
        (current) => {
          const { roster, movement } = recordMovement(current, year, yearClasses, request, principal.subject);
          return { next: roster, events: (stored) => [enrolmentChanged(stored, movement)], result: movement };
        },
        blankRoster(year),
      );
      return movementMessage(year._id, movement);
    },

    // 003 §4.2, 004 §4.2.3: a move between groups only at a period's end.
    async AssignToGroup(request, { principal }) {
      const schoolClass = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'movement.manage', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      const year = await yearOf(stores, schoolClass.yearId, schoolClass.schoolId);
      const studentIds = [...new Set(request.studentIds.map((id) => id.trim().toLowerCase()))];
      if (studentIds.some((id) => !isUuid(id))) throw new InvalidArgument('studentIds: ожидаются идентификаторы обучающихся', { studentIds: 'идентификаторы' });
      const from = parseDate(request.from, 'from', 'дата включения в группу');
      const roster = await rosters.change(
        year._id,
        (current) => ({ next: assignToGroup(current, year, schoolClass, request.groupId, studentIds, from), events: (stored) => studentIds.map((studentId) => groupsChanged(stored, studentId, from)) }),
        () => new NotFound(CLASS_MISSING),
      );
      return { classId: schoolClass._id, groupId: request.groupId, date: from, studentIds: rosterOn(roster, from, schoolClass._id, request.groupId) };
    },

    async GetRoster(request, { principal }) {
      const schoolClass = await classOf(stores, requiredId(request.classId, 'classId', CLASS_MISSING));
      allow(principal, 'roster.read', { schoolId: schoolClass.schoolId }, CLASS_MISSING);
      const year = await yearOf(stores, schoolClass.yearId, schoolClass.schoolId);
      const date = parseDate(request.date, 'date', 'дата');
      const roster = await rosterOf(stores, year);
      if (request.groupId && !schoolClass.groups.some((group) => group.id === request.groupId)) throw new NotFound('группа не найдена');
      return { classId: schoolClass._id, groupId: request.groupId, date, studentIds: rosterOn(roster, date, schoolClass._id, request.groupId) };
    },

    async GetStudentHistory(request, { principal }) {
      const schoolId = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      const studentId = requiredId(request.studentId, 'studentId', STUDENT_MISSING);
      allow(principal, 'roster.read', { schoolId }, STUDENT_MISSING);
      const schoolYears = (await years.findWhere({ schoolId })).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
      const history = { studentId, movements: [] as ReturnType<typeof movementMessage>[], placements: [] as ReturnType<typeof placementsOf> };
      for (const year of schoolYears) {
        const roster = await rosters.find(year._id);
        if (!roster) continue;
        history.movements.push(...roster.movements.filter((movement) => movement.studentId === studentId).map((movement) => movementMessage(year._id, movement)));
        history.placements.push(...placementsOf(roster, studentId));
      }
      if (history.movements.length === 0) throw new NotFound(STUDENT_MISSING);
      return history;
    },

    // The diary's full export (000 §5): every pupil's places in the year at once, not a pupil at a time.
    async ListYearPlacements(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'roster.read', { schoolId: year.schoolId }, YEAR_MISSING);
      return { yearId: year._id, pupils: placementsByPupil(await rosterOf(stores, year)) };
    },

    // 001 §9.1, 004 §4.2.3: promotion to the next grade, with a preview.
    async TransitionYear(request, { principal }) {
      const from = await yearOf(stores, requiredId(request.fromYearId, 'fromYearId', YEAR_MISSING));
      allow(principal, 'year.transition', { schoolId: from.schoolId }, YEAR_MISSING);
      const to = await yearOf(stores, requiredId(request.toYearId, 'toYearId', YEAR_MISSING), from.schoolId);
      const settings = await settingsOf(stores, from.schoolId);
      const [fromClasses, toClasses, fromRoster] = await Promise.all([classes.findWhere({ yearId: from._id }), classes.findWhere({ yearId: to._id }), rosters.find(from._id)]);
      const orderNumber = (request.orderNumber ?? '').trim();
      const plan = requireOrderNumber(planTransition(from, to, settings, fromClasses, toClasses, fromRoster ?? emptyRoster(from)), orderNumber, request.dryRun);
      const answer = (performed: boolean) => ({
        fromYearId: from._id,
        toYearId: to._id,
        problems: plan.problems,
        performed,
        promotions: plan.promotions.map(({ fromClass, toClass, students }) => ({
          fromClassId: fromClass._id,
          fromName: fromClass.name,
          toClassId: toClass?._id ?? '',
          toName: toClass?.name ?? '',
          students: students.length,
          graduating: !toClass,
        })),
      });
      if (request.dryRun || plan.problems.length > 0) return answer(false);

      // Each step can be repeated: classes by derived ids, movements by derived ids, the year last.
      for (const { toClass } of plan.promotions) {
        if (toClass && !toClasses.some((existing) => existing._id === toClass._id)) await classes.insert(toClass).catch((error: unknown) => {
            if (!(error instanceof Conflict)) throw error;
          });
      }
      await moveStudents(to, (current) => promotedRoster(plan, to, current, orderNumber, principal.subject));
      await moveStudents(from, (current) => graduatedRoster(plan, from, current, orderNumber, principal.subject));
      await years.change(
        from._id,
        (current) => ({ next: transitionedYear(current, to), events: (stored) => [yearTransitioned(stored, to, plan, orderNumber)], result: null }),
        () => new NotFound(YEAR_MISSING),
      );
      return answer(true);
    },
  };
}
