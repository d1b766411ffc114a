import { aggregateSchema, VersionedDocuments } from '@ejournal/kit';
import { ClassRosters } from '@ejournal/read-models';
import type mongoose from 'mongoose';
import type { ClassMonthAbsences } from '../domain/absences';
import type { KeptChangeRequest } from '../domain/change-requests';
import type { ClassWeek } from '../domain/class-week';
import type { WeekOpenings } from '../domain/diary-openings';
import type { ClassMovements } from '../domain/movements';
import type { PlanHours } from '../domain/program';
import type { PupilMarks } from '../domain/pupil-marks';
import type { ClassFacts, SchoolFacts, YearFacts } from '../domain/school-facts';
import type { SchoolFamilies } from '../domain/school-families';

const text = { type: String, required: true };

function documents<T extends { _id: string; version: number }>(connection: mongoose.Connection, model: string, collection: string, what: string, indexed: Record<string, typeof text> = {}, indexes: Array<Record<string, 1>> = []): VersionedDocuments<T> {
  const schema = aggregateSchema(collection, indexed);
  for (const index of indexes) schema.index(index);
  return new VersionedDocuments<T>(connection.model(model, schema), what);
}

/**
 * The reports service's read models, each kept from the bus and read by `_id` or by equality on an
 * indexed key: schools (names, municipality, rules, subjects), years and their periods' closure,
 * classes, class rosters, each class's lessons by week (filling control), each pupil's marks per
 * subject and period (summary sheet), each class's absences by month, its movements in and out, and the
 * hours of the approved КТП (program completion), each school's diary openings per week and its pupils with a parent connected (the region's view), and
 * the teachers' requests to change marks (open ones in filling control).
 */
export class ReportsStore {
  readonly schools: VersionedDocuments<SchoolFacts>;
  readonly years: VersionedDocuments<YearFacts>;
  readonly classes: VersionedDocuments<ClassFacts>;
  readonly rosters: ClassRosters;
  readonly classWeeks: VersionedDocuments<ClassWeek>;
  readonly pupilMarks: VersionedDocuments<PupilMarks>;
  readonly classMonths: VersionedDocuments<ClassMonthAbsences>;
  readonly classMovements: VersionedDocuments<ClassMovements>;
  readonly planHours: VersionedDocuments<PlanHours>;
  readonly weekOpenings: VersionedDocuments<WeekOpenings>;
  readonly schoolFamilies: VersionedDocuments<SchoolFamilies>;
  readonly changeRequests: VersionedDocuments<KeptChangeRequest>;

  constructor(connection: mongoose.Connection) {
    this.schools = documents(connection, 'ReportSchool', 'report_schools', 'школа');
    this.years = documents(connection, 'ReportYear', 'report_years', 'учебный год', { schoolId: text }, [{ schoolId: 1 }]);
    this.classes = documents(connection, 'ReportClass', 'report_classes', 'класс', { schoolId: text }, [{ schoolId: 1 }]);
    this.rosters = new ClassRosters(connection);
    this.classWeeks = documents(connection, 'ClassWeek', 'class_weeks', 'неделя класса', { schoolId: text, week: text }, [{ schoolId: 1, week: 1 }, { week: 1 }]);
    this.pupilMarks = documents(connection, 'PupilMarks', 'pupil_marks', 'отметки ученика', { classId: text, periodId: text, schoolId: text }, [{ classId: 1, periodId: 1 }, { schoolId: 1, periodId: 1 }]);
    this.classMonths = documents(connection, 'ClassMonthAbsences', 'class_month_absences', 'пропуски класса за месяц');
    this.classMovements = documents(connection, 'ClassMovements', 'class_movements', 'движение учащихся класса');
    this.planHours = documents(connection, 'PlanHours', 'plan_hours', 'часы КТП', { schoolId: text }, [{ schoolId: 1 }]);
    this.weekOpenings = documents(connection, 'WeekOpenings', 'week_openings', 'открытия дневника за неделю', { week: text }, [{ week: 1 }]);
    this.schoolFamilies = documents(connection, 'SchoolFamilies', 'school_families', 'подключение семей школы');
    this.changeRequests = documents(connection, 'KeptChangeRequest', 'change_requests', 'запрос на исправление отметки', { schoolId: text, state: text }, [{ schoolId: 1, state: 1 }]);
  }

  async schoolYears(schoolId: string): Promise<YearFacts[]> {
    return this.years.findWhere({ schoolId });
  }

  /** Every school of the region (hundreds: the operator's view reads them all). */
  async allSchools(): Promise<SchoolFacts[]> {
    return this.schools.findWhere({});
  }

  async allYears(): Promise<YearFacts[]> {
    return this.years.findWhere({});
  }

  /** Each school's class weeks, one query per week (equality on the indexed week). */
  async weeksOfSchool(schoolId: string, weeks: string[]): Promise<ClassWeek[]> {
    return (await Promise.all(weeks.map((week) => this.classWeeks.findWhere({ schoolId, week })))).flat();
  }

  /** The region's diary openings of the given weeks, one query per week (equality on the indexed week). */
  async openingsOfRegion(weeks: string[]): Promise<WeekOpenings[]> {
    return (await Promise.all(weeks.map((week) => this.weekOpenings.findWhere({ week })))).flat();
  }

  async weeksOfRegion(weeks: string[]): Promise<ClassWeek[]> {
    return (await Promise.all(weeks.map((week) => this.classWeeks.findWhere({ week })))).flat();
  }

  /** How many marks each pupil has per page of the period, and how many of them were set late (the counts only). */
  async markCounts(schoolId: string, periodId: string): Promise<Array<Pick<PupilMarks, 'classId' | 'subjectId' | 'studentId' | 'counted' | 'late'>>> {
    return this.pupilMarks.model.find({ schoolId, periodId }, { classId: 1, subjectId: 1, studentId: 1, counted: 1, late: 1 }).lean<Array<Pick<PupilMarks, 'classId' | 'subjectId' | 'studentId' | 'counted' | 'late'>>>();
  }
}
