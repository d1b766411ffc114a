import type { attendanceV1, curriculumV1, diaryV1, EventEnvelope, EventType, gradebookV1, identityV1 } from '@ejournal/contracts';
import type { EventHandler } from '@ejournal/kit';
import { MATHEMATICAL_ROUNDING, thematicPlanKey } from '@ejournal/school-rules';
import { blankClassMonth, classMonthId, withAbsence } from '../domain/absences';
import { blankClassWeek, classWeekId, withoutMovedLesson, withPlannedLesson, withRecordedLesson, type ClassWeek, type LessonLine, type PlannedLesson } from '../domain/class-week';
import { blankClassMovements, withMovement } from '../domain/movements';
import { blankChangeRequest, withDecidedRequest, withOpenedRequest } from '../domain/change-requests';
import { blankWeekOpenings, withCountedOpenings } from '../domain/diary-openings';
import { blankPlanHours, withApprovedPlan } from '../domain/program';
import { blankPupilMarks, pupilMarksId, withFinal, withMark, type MarkKey } from '../domain/pupil-marks';
import { blankSchoolFamilies, withCountedFamilies } from '../domain/school-families';
import { blankSchool, blankYear, withOpenedYear, withPeriodState, type ClassFacts, type SchoolFacts } from '../domain/school-facts';
import type { ReportsStore } from '../store/reports.store';

/** Every event the reports keep a read model of. */
export const REPORT_EVENTS = [
  'curriculum.school.registered',
  'curriculum.school.settings-changed',
  'curriculum.subject.added',
  'curriculum.year.opened',
  'curriculum.period.closed',
  'curriculum.period.reopened',
  'curriculum.class.changed',
  'curriculum.enrolment.changed',
  'curriculum.lessons.planned',
  'curriculum.lesson.changed',
  'curriculum.lesson.cancelled',
  'curriculum.lesson.substituted',
  'curriculum.thematic-plan.approved',
  'gradebook.lesson.recorded',
  'gradebook.mark.set',
  'gradebook.mark.changed',
  'gradebook.mark.removed',
  'gradebook.final.set',
  'gradebook.change-request.opened',
  'gradebook.change-request.decided',
  'attendance.absence.recorded',
  'attendance.absence.corrected',
  'diary.openings.counted',
  'identity.families.counted',
] as const satisfies readonly EventType[];
type ReportEvent = (typeof REPORT_EVENTS)[number];

const same = <T>(value: T) => ({ next: value, result: null });
const unchanged = { next: null, result: null };
const outcome = <T>(next: T | null) => (next ? same(next) : unchanged);

function plannedOf(lesson: curriculumV1.Lesson__Output): PlannedLesson {
  return { id: lesson.id, periodId: lesson.periodId, groupId: lesson.groupId, subjectId: lesson.subjectId, teacherId: lesson.teacherId, substituteTeacherId: lesson.substituteTeacherId, date: lesson.date, endsAt: lesson.endsAt, status: lesson.status, version: Number(lesson.version) };
}

/**
 * Keeps the reports' read models from the bus. Every change is a pure function of the document and the
 * event that changes nothing when the document already holds that version or a newer one, so an event
 * delivered twice or late leaves the models as they were (at-least-once delivery).
 */
export function keepReadModels(store: ReportsStore): EventHandler<ReportEvent> {
  const at = (event: EventEnvelope<ReportEvent>) => event.occurredAt.toISOString();

  const school = (id: string, apply: (facts: SchoolFacts) => SchoolFacts | null) => store.schools.change(id, (facts) => outcome(apply(facts)), () => blankSchool(id));

  async function planLesson(schoolId: string, lesson: curriculumV1.Lesson__Output, when: string, previousDate = ''): Promise<void> {
    const planned = plannedOf(lesson);
    let carried: LessonLine | undefined;
    if (previousDate && classWeekId(lesson.classId, previousDate) !== classWeekId(lesson.classId, lesson.date)) {
      carried = await store.classWeeks.change(
        classWeekId(lesson.classId, previousDate),
        (week) => {
          const moved = withoutMovedLesson(week, lesson.id, planned.version);
          return moved ? { next: moved.next, result: moved.line } : { next: null, result: undefined };
        },
        () => blankClassWeek(schoolId, lesson.classId, previousDate),
      );
    }
    await store.classWeeks.change(
      classWeekId(lesson.classId, lesson.date),
      (week): { next: ClassWeek | null; result: null } => {
        const base = carried && !week.lessons.some((line) => line.lessonId === lesson.id) ? { ...week, lessons: [...week.lessons, carried] } : week;
        return outcome(withPlannedLesson(base, planned, when));
      },
      () => blankClassWeek(schoolId, lesson.classId, lesson.date),
    );
  }

  async function keepMark(schoolId: string, fact: gradebookV1.MarkFact__Output, when: string): Promise<void> {
    const key: MarkKey = { studentId: fact.studentId, classId: fact.classId, subjectId: fact.subjectId, periodId: fact.periodId };
    const mark = { markId: fact.markId, date: fact.date, values: fact.values, weight: fact.weight, workKind: fact.workKind, passFail: fact.passFail, removed: fact.removed, revision: fact.revision, onTime: fact.onTime };
    await store.pupilMarks.change(pupilMarksId(key), (doc) => outcome(withMark(doc, mark, when)), () => blankPupilMarks(schoolId, key));
  }

  return async (event) => {
    const when = at(event);
    const version = Number(event.aggregateVersion);
    switch (event.type) {
      case 'curriculum.school.registered': {
        const registered = event.payload as curriculumV1.SchoolRegistered__Output;
        await school(registered.schoolId, (facts) => (facts.nameVersion >= version ? null : { ...facts, name: registered.name, shortName: registered.shortName, municipality: registered.municipality, nameVersion: version, asOf: when }));
        return;
      }
      case 'curriculum.school.settings-changed': {
        const { schoolId, settings } = event.payload as curriculumV1.SchoolSettingsChanged__Output;
        if (!settings) return;
        const settingsVersion = Number(settings.version) || version;
        await school(schoolId, (facts) =>
          facts.settingsVersion >= settingsVersion
            ? null
            : {
                ...facts,
                timeZone: settings.timeZone,
                periodSchemes: settings.periodSchemes.map(({ fromGrade, toGrade, scheme }) => ({ fromGrade, toGrade, scheme })),
                rules: { lowestMark: settings.lowestMark, rounding: settings.rounding ?? MATHEMATICAL_ROUNDING, minimumMarks: settings.minimumMarks ?? undefined, workKinds: settings.workKinds.map((kind) => ({ code: kind.code, written: kind.written })) },
                settingsVersion,
                asOf: when,
              },
        );
        return;
      }
      case 'curriculum.subject.added': {
        const added = event.payload as curriculumV1.SubjectAdded__Output;
        await school(added.schoolId, (facts) => (facts.subjects.some((subject) => subject.subjectId === added.subjectId && subject.name === added.name) ? null : { ...facts, subjects: [...facts.subjects.filter((subject) => subject.subjectId !== added.subjectId), { subjectId: added.subjectId, name: added.name }] }));
        return;
      }
      case 'curriculum.year.opened': {
        const opened = event.payload as curriculumV1.YearOpened__Output;
        await store.years.change(opened.yearId, (year) => outcome(withOpenedYear(year, { startsOn: opened.startsOn, endsOn: opened.endsOn, periods: opened.periods }, version, when)), () => blankYear(opened.yearId, event.schoolId));
        return;
      }
      case 'curriculum.period.closed':
      case 'curriculum.period.reopened': {
        const { yearId, period } = event.payload as curriculumV1.PeriodClosed__Output;
        if (!period) return;
        await store.years.change(yearId, (year) => outcome(withPeriodState(year, period, event.type === 'curriculum.period.closed', version, when)), () => blankYear(yearId, event.schoolId));
        return;
      }
      case 'curriculum.class.changed': {
        const { yearId, class: fact } = event.payload as curriculumV1.ClassChanged__Output;
        if (!fact) return;
        await store.classes.change(
          fact.classId,
          (known): { next: ClassFacts | null; result: null } => outcome(known.factVersion >= version ? null : { ...known, yearId, name: `${fact.grade}${fact.letter}`, grade: fact.grade, classTeacherId: fact.classTeacherId, factVersion: version }),
          (): ClassFacts => ({ _id: fact.classId, version: 0, schoolId: event.schoolId, yearId, name: '', classTeacherId: '', factVersion: 0 }),
        );
        return;
      }
      case 'curriculum.enrolment.changed': {
        const changed = event.payload as curriculumV1.EnrolmentChanged__Output;
        await store.rosters.apply(changed, version);
        // A movement of the book (not a change of groups) goes to the list of each class it concerns.
        if (changed.movementId) {
          const movement = { movementId: changed.movementId, kind: changed.kind, studentId: changed.studentId, date: changed.date, fromClassId: changed.fromClassId, toClassId: changed.toClassId, orderNumber: changed.orderNumber };
          for (const classId of new Set([changed.fromClassId, changed.toClassId].filter(Boolean))) {
            await store.classMovements.change(classId, (doc) => outcome(withMovement(doc, movement, when)), () => blankClassMovements(classId, event.schoolId));
          }
        }
        return;
      }
      case 'curriculum.lessons.planned': {
        // A year's timetable plans hundreds of lessons at once: each week's document changes once, with all of its lessons.
        const planned = event.payload as curriculumV1.LessonsPlanned__Output;
        const byWeek = new Map<string, curriculumV1.Lesson__Output[]>();
        for (const lesson of planned.lessons) byWeek.set(classWeekId(lesson.classId, lesson.date), [...(byWeek.get(classWeekId(lesson.classId, lesson.date)) ?? []), lesson]);
        await Promise.all(
          [...byWeek.entries()].map(([id, lessons]) =>
            store.classWeeks.change(
              id,
              (week) => outcome(lessons.reduce<ClassWeek | null>((next, lesson) => withPlannedLesson(next ?? week, plannedOf(lesson), when) ?? next, null)),
              () => blankClassWeek(event.schoolId, lessons[0].classId, lessons[0].date),
            ),
          ),
        );
        return;
      }
      case 'curriculum.lesson.changed': {
        const changed = event.payload as curriculumV1.LessonChanged__Output;
        if (changed.lesson) await planLesson(event.schoolId, changed.lesson, when, changed.previousDate);
        return;
      }
      case 'curriculum.lesson.cancelled':
      case 'curriculum.lesson.substituted': {
        const { lesson } = event.payload as curriculumV1.LessonCancelled__Output;
        if (lesson) await planLesson(event.schoolId, lesson, when);
        return;
      }
      case 'diary.openings.counted': {
        const counted = event.payload as diaryV1.OpeningsCounted__Output;
        const id = `${event.schoolId}:${counted.week}`;
        await store.weekOpenings.change(id, (kept) => outcome(withCountedOpenings(kept, counted, version)), () => blankWeekOpenings(id, event.schoolId, counted.week));
        return;
      }
      case 'gradebook.change-request.opened':
      case 'gradebook.change-request.decided': {
        const request = event.payload as gradebookV1.ChangeRequestOpened__Output;
        const facts = { schoolId: event.schoolId, classId: request.classId, groupId: request.groupId, subjectId: request.subjectId, teacherId: request.teacherId, date: request.date };
        const apply = event.type === 'gradebook.change-request.opened' ? withOpenedRequest : withDecidedRequest;
        await store.changeRequests.change(request.requestId, (kept) => outcome(apply(kept, facts)), () => blankChangeRequest(request.requestId, facts));
        return;
      }
      case 'identity.families.counted': {
        const counted = event.payload as identityV1.FamiliesCounted__Output;
        await store.schoolFamilies.change(event.schoolId, (kept) => outcome(withCountedFamilies(kept, counted, version)), () => blankSchoolFamilies(event.schoolId));
        return;
      }
      case 'curriculum.thematic-plan.approved': {
        const plan = event.payload as curriculumV1.ThematicPlanApproved__Output;
        const id = thematicPlanKey(plan.yearId, plan.grade, plan.subjectId, plan.teacherId);
        const hours = plan.topics.reduce((sum, topic) => sum + Number(topic.hours), 0);
        await store.planHours.change(id, (kept) => outcome(withApprovedPlan(kept, hours, version)), () => blankPlanHours(id, event.schoolId));
        return;
      }
      case 'gradebook.lesson.recorded': {
        const record = event.payload as gradebookV1.LessonRecorded__Output;
        const recorded = { lessonId: record.lessonId, groupId: record.groupId, subjectId: record.subjectId, teacherId: record.teacherId, date: record.date, topic: record.topic, homework: record.homework, noHomework: record.noHomework, version: Number(record.version) || version };
        await store.classWeeks.change(classWeekId(record.classId, record.date), (week) => outcome(withRecordedLesson(week, recorded, when)), () => blankClassWeek(event.schoolId, record.classId, record.date));
        return;
      }
      case 'gradebook.mark.set':
      case 'gradebook.mark.changed':
      case 'gradebook.mark.removed':
        await keepMark(event.schoolId, event.payload as gradebookV1.MarkFact__Output, when);
        return;
      case 'gradebook.final.set': {
        const final = event.payload as gradebookV1.FinalSet__Output;
        if (final.kind !== 'period' || !final.periodId) return;
        const key: MarkKey = { studentId: final.studentId, classId: final.classId, subjectId: final.subjectId, periodId: final.periodId };
        await store.pupilMarks.change(pupilMarksId(key), (doc) => outcome(withFinal(doc, { value: final.value, notAttested: final.notAttested }, version, when)), () => blankPupilMarks(event.schoolId, key));
        return;
      }
      case 'attendance.absence.recorded':
      case 'attendance.absence.corrected': {
        const fact = event.payload as attendanceV1.AbsenceFact__Output;
        const absence = { lessonId: fact.lessonId, studentId: fact.studentId, subjectId: fact.subjectId, date: fact.date, code: fact.code, revision: fact.revision };
        await store.classMonths.change(classMonthId(fact.classId, fact.date), (doc) => outcome(withAbsence(doc, absence, when)), () => blankClassMonth(event.schoolId, fact.classId, fact.date));
        return;
      }
    }
  };
}
