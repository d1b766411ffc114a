import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import { aggregateSchema, Conflict, VersionedDocuments, type Versioned } from '@ejournal/kit';
import { ClassRosters } from '@ejournal/read-models';
import type mongoose from 'mongoose';
import { rulesFromSettings, type JournalRules } from '../domain/rules';
import { thematicPlanKey } from '@ejournal/school-rules';

/**
 * What the gradebook knows of curriculum's decisions, kept from its events (curriculum owns them): the
 * school's rules, each period's scheme and closure, the years' periods, approved КТП topics, how each
 * grade's subjects are marked, and class rosters.
 *
 * Kept from: curriculum.school.settings-changed, curriculum.year.opened, curriculum.thematic-plan.approved,
 * curriculum.period.closed, curriculum.period.reopened, curriculum.plan.approved, curriculum.enrolment.changed.
 * Every event may come twice or late: each applies only when newer.
 */
export const CURRICULUM_FACT_EVENTS = [
  'curriculum.school.settings-changed',
  'curriculum.year.opened',
  'curriculum.thematic-plan.approved',
  'curriculum.period.closed',
  'curriculum.period.reopened',
  'curriculum.plan.approved',
  'curriculum.enrolment.changed',
] as const;
export type CurriculumFactEvent = (typeof CURRICULUM_FACT_EVENTS)[number];

export interface PeriodKind extends Versioned {
  scheme: string;
  startsOn: string;
  endsOn: string;
  /** The day the period was closed (curriculum.period.closed); absent or '' while open. */
  closedOn?: string;
  /** The year's version of the last closing or reopening applied (they may arrive out of order). */
  closureVersion?: number;
}

/** An approved КТП's topics (from curriculum.thematic-plan.approved), by year, grade, subject and teacher ('-' for the school's). */
export interface ApprovedPlan extends Versioned {
  topics: Array<{ number: number; title: string }>;
  planVersion: number;
}

/** How a grade's subjects are marked in a year (from curriculum.plan.approved): the pass/fail ones. */
export interface Grading extends Versioned {
  subjects: string[];
  passFail: string[];
  planVersion: number;
}

export const gradingKey = (yearId: string, grade: number) => `${yearId}:${grade}`;

/** A year's periods (from curriculum.year.opened), for the year's finals. */
export interface YearPeriods extends Versioned {
  periods: Array<{ id: string; name: string; scheme: string; startsOn: string; endsOn: string }>;
  /** The year's school (the event's); absent on years kept before it was. */
  schoolId?: string;
}

export interface SchoolRules extends Versioned {
  rules: JournalRules;
  /** The version of curriculum's settings these rules come from. */
  settingsVersion: number;
}

export class CurriculumFacts {
  readonly rules: VersionedDocuments<SchoolRules>;
  /** Each period's scheme (quarter, trimester, half-year): how many marks its finals need. */
  readonly periods: VersionedDocuments<PeriodKind>;
  readonly years: VersionedDocuments<YearPeriods>;
  readonly plans: VersionedDocuments<ApprovedPlan>;
  readonly grading: VersionedDocuments<Grading>;
  readonly rosters: ClassRosters;

  constructor(connection: mongoose.Connection) {
    this.rosters = new ClassRosters(connection);
    this.rules = new VersionedDocuments(connection.model('SchoolRules', aggregateSchema('school_rules')), 'правила школы');
    this.periods = new VersionedDocuments(connection.model('PeriodKind', aggregateSchema('period_kinds')), 'учебный период');
    this.years = new VersionedDocuments(connection.model('YearPeriods', aggregateSchema('year_periods')), 'учебный год');
    this.plans = new VersionedDocuments(connection.model('ApprovedPlan', aggregateSchema('approved_plans')), 'КТП');
    this.grading = new VersionedDocuments(connection.model('Grading', aggregateSchema('grading')), 'оценивание предметов');
  }

  /** Applies one of curriculum's events to the facts it changes. */
  async apply(event: EventEnvelope<CurriculumFactEvent>): Promise<void> {
    const facts = this;
    switch (event.type) {
      case 'curriculum.school.settings-changed': {
        const { schoolId, settings } = event.payload as curriculumV1.SchoolSettingsChanged__Output;
        if (!settings) return;
        const version = Number(settings.version);
        const rules = rulesFromSettings(settings);
        await facts.rules.change(
          schoolId,
          (current) => (current.settingsVersion >= version ? { next: null, result: null } : { next: { ...current, rules, settingsVersion: version }, result: null }),
          (): SchoolRules => ({ _id: schoolId, rules, settingsVersion: 0, version: 0 }),
        );
        return;
      }
      case 'curriculum.year.opened': {
        const year = event.payload as curriculumV1.YearOpened__Output;
        await facts.years.insert({ _id: year.yearId, schoolId: event.schoolId, periods: year.periods.map(({ id, name, scheme, startsOn, endsOn }) => ({ id, name, scheme, startsOn, endsOn })), version: 1 }).catch((error: unknown) => {
          if (!(error instanceof Conflict)) throw error;
        });
        for (const period of year.periods) {
          // Periods are published once with their year and never change dates: insert, or find it there.
          await facts.periods.insert({ _id: period.id, scheme: period.scheme, startsOn: period.startsOn, endsOn: period.endsOn, version: 1 }).catch((error: unknown) => {
            if (!(error instanceof Conflict)) throw error;
          });
        }
        return;
      }
      case 'curriculum.thematic-plan.approved': {
        const plan = event.payload as curriculumV1.ThematicPlanApproved__Output;
        const id = thematicPlanKey(plan.yearId, plan.grade, plan.subjectId, plan.teacherId);
        const topics = plan.topics.map(({ number, title }) => ({ number, title }));
        await facts.plans.change(
          id,
          (current) => (current.planVersion >= event.aggregateVersion ? { next: null, result: null } : { next: { ...current, topics, planVersion: event.aggregateVersion }, result: null }),
          () => ({ _id: id, topics: [], planVersion: 0, version: 0 }),
        );
        return;
      }
      // The period's marks, records and finals are locked from now on (changes only through requests);
      // reopened, they are not. The year's version orders closings and reopenings.
      case 'curriculum.period.closed':
      case 'curriculum.period.reopened': {
        const { period } = event.payload as curriculumV1.PeriodClosed__Output;
        if (!period) return;
        await facts.periods.change(
          period.id,
          (current) => ((current.closureVersion ?? 0) >= event.aggregateVersion ? { next: null, result: null } : { next: { ...current, closedOn: period.closedOn, closureVersion: event.aggregateVersion }, result: null }),
          () => ({ _id: period.id, scheme: period.scheme, startsOn: period.startsOn, endsOn: period.endsOn, version: 0 }),
        );
        return;
      }
      // How each subject of a grade is marked: on the scale or pass/fail (000 §9.1).
      case 'curriculum.plan.approved': {
        const plan = event.payload as curriculumV1.PlanApproved__Output;
        const id = gradingKey(plan.yearId, plan.grade);
        const passFail = plan.lines.filter((line) => line.passFail).map((line) => line.subjectId);
        const subjects = plan.lines.map((line) => line.subjectId);
        await facts.grading.change(
          id,
          (current) => (current.planVersion >= event.aggregateVersion ? { next: null, result: null } : { next: { ...current, subjects, passFail, planVersion: event.aggregateVersion }, result: null }),
          () => ({ _id: id, subjects: [], passFail: [], planVersion: 0, version: 0 }),
        );
        return;
      }
      case 'curriculum.enrolment.changed':
        return facts.rosters.apply(event.payload as curriculumV1.EnrolmentChanged__Output, event.aggregateVersion);
    }
  }
}
