import { Link, useParams, useSearchParams } from 'react-router';
import { useCatalogue } from '../api/school';
import { useCurricula, useInspection, useLoad, usePlans, useStaff, useYear, useYearClasses, type Finding } from '../api/setup';
import { fullDate, today } from '../format';
import { ClassesStep } from './setup/ClassesStep';
import { CurriculumStep } from './setup/CurriculumStep';
import { InspectionStep } from './setup/InspectionStep';
import { LoadStep } from './setup/LoadStep';
import { PlansStep } from './setup/PlansStep';
import { TimetableStep } from './setup/TimetableStep';
import { STEPS, stepOfFinding, type SetupContext, type StepKey } from './setup/steps';

/**
 * The school year's set-up as a guided path for the administrator (000 §9.1, 004 §4.2): classes and
 * groups, pupils and staff, the curriculum of each grade, the teachers' load, the timetable and the
 * dated lessons, the КТП, and the electronic inspector's findings, each with a link to the step that
 * fixes it. Every step shows what is still missing; the order is the order the rules need. The deputy
 * director (завуч) sets the year up too; the pupils, the staff and the groups' members stay the administrator's.
 */
export function YearSetup({ schoolId, administrator }: { schoolId: string; administrator: boolean }) {
  const { yearId = '', step } = useParams();
  const [search] = useSearchParams();
  const year = useYear(yearId);
  const classes = useYearClasses(yearId);
  const staff = useStaff(schoolId);
  const catalogue = useCatalogue(schoolId);
  const grades = [...new Set((classes.data ?? []).map((schoolClass) => schoolClass.grade))];
  const curricula = useCurricula(yearId, grades);
  const load = useLoad(yearId);
  const plans = usePlans(yearId);
  const asked = search.get('onDate') ?? '';
  const onDate = /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : year.data ? inspectionDay(year.data.startsOn, year.data.endsOn) : '';
  const inspection = useInspection(yearId, onDate);
  const current: StepKey = STEPS.some((candidate) => candidate.key === step) ? (step as StepKey) : 'classes';

  if (year.isPending) return <p>Загрузка…</p>;
  if (year.isError) return <p role="alert" className="error">{year.error.message}</p>;

  const findings = inspection.data?.findings ?? [];
  const findingsOf = (key: StepKey) => findings.filter((finding) => stepOfFinding(finding) === key);
  const context: SetupContext = {
    schoolId,
    administrator,
    year: year.data,
    classes: classes.data ?? [],
    staff: staff.data ?? [],
    subjects: catalogue.data?.subjects ?? [],
    curricula: new Map(grades.map((grade, index) => [grade, curricula[index]?.data ?? null])),
    load: load.data ?? [],
    plans: plans.data ?? [],
    findings,
    onDate,
  };
  const states: Record<StepKey, StepState> = {
    classes: classes.data?.length === 0 ? todo('классов нет') : counted(findingsOf('classes'), `классов: ${classes.data?.length ?? 0}`),
    people: { text: 'по спискам', done: undefined },
    curriculum: curriculumState(grades, context),
    load: load.data?.length === 0 ? todo('не задана') : counted(findingsOf('load'), `назначений: ${load.data?.length ?? 0}`),
    // The inspector compares the timetable with the curriculum and the load: with no load it has nothing to compare.
    timetable: load.data?.length === 0 ? todo('сначала нагрузка') : counted(findingsOf('timetable'), 'согласовано'),
    plans: plansState(context, findingsOf('plans')),
    inspection: !inspection.data ? { text: inspection.isError ? 'не проверено' : 'проверяется…', done: undefined } : inspection.data.clean ? { text: 'замечаний нет', done: true } : todo(`замечаний: ${findings.length}`),
  };

  return (
    <section aria-labelledby="setup-title">
      <h1 id="setup-title">Настройка учебного года {year.data.name}</h1>
      <p className="muted">
        {fullDate(year.data.startsOn)} — {fullDate(year.data.endsOn)}. <Link to="/years">{administrator ? 'Периоды и их закрытие' : 'Учебные годы и периоды'}</Link>
      </p>
      <nav aria-label="Шаги настройки">
        <ol className="setup-steps">
          {STEPS.map((candidate, index) => (
            <li key={candidate.key} className={states[candidate.key].done === true ? 'done' : states[candidate.key].done === false ? 'todo' : ''}>
              <Link to={`/years/${yearId}/setup/${candidate.key}`} aria-current={candidate.key === current ? 'step' : undefined}>
                {index + 1}. {candidate.title}
              </Link>{' '}
              <span className="step-state">
                {states[candidate.key].done === true ? '✓ ' : ''}
                {states[candidate.key].text}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      {classes.isError && <p role="alert" className="error">Классы не загрузились: {classes.error.message}</p>}
      {inspection.isError && <p role="alert" className="error">Электронный инспектор не ответил: {inspection.error.message}</p>}
      <StepPanel step={current} context={context} />
    </section>
  );
}

function StepPanel({ step, context }: { step: StepKey; context: SetupContext }) {
  switch (step) {
    case 'classes':
      return <ClassesStep context={context} />;
    case 'people':
      return !context.administrator ? (
        <section aria-labelledby="step-title">
          <h2 id="step-title">Ученики и сотрудники</h2>
          <p>Учеников, родителей и сотрудников загружает из файла и зачисляет в классы администратор школы; он же назначает роли сотрудников. Роли учителей по нагрузке и расписанию назначаются сами.</p>
        </section>
      ) : (
        <section aria-labelledby="step-title">
          <h2 id="step-title">Ученики и сотрудники</h2>
          <p>
            Учеников, родителей и сотрудников загружают одним файлом CSV: каждая строка с ошибкой показывается с её номером, а ученики зачисляются в классы этого года. <Link to="/people/import">Загрузить людей из файла</Link>
          </p>
          <p>
            Роли сотрудников (заместитель директора, учитель-предметник, классный руководитель) назначают в разделе <Link to="/people">Люди школы</Link>; роли учителей по нагрузке и расписанию
            назначаются сами.
          </p>
        </section>
      );
    case 'curriculum':
      return <CurriculumStep context={context} />;
    case 'load':
      return <LoadStep context={context} />;
    case 'timetable':
      return <TimetableStep context={context} />;
    case 'plans':
      return <PlansStep context={context} />;
    case 'inspection':
      return <InspectionStep context={context} />;
  }
}

interface StepState {
  text: string;
  // Undefined: nothing to check (a step of links).
  done: boolean | undefined;
}

const todo = (text: string): StepState => ({ text, done: false });
const counted = (findings: Finding[], clean: string): StepState => (findings.length > 0 ? todo(`замечаний: ${findings.length}`) : { text: clean, done: true });

function curriculumState(grades: number[], context: SetupContext): StepState {
  if (grades.length === 0) return todo('сначала классы');
  const unapproved = grades.filter((grade) => context.curricula.get(grade)?.status !== 'approved').sort((a, b) => a - b);
  return unapproved.length === 0 ? { text: 'утверждён', done: true } : todo(`не утверждён: ${unapproved.join(', ')} кл.`);
}

function plansState(context: SetupContext, findings: Finding[]): StepState {
  const drafts = context.plans.filter((plan) => plan.status !== 'approved').length;
  if (findings.length > 0 || drafts > 0) return todo([findings.length > 0 && `замечаний: ${findings.length}`, drafts > 0 && `не утверждено: ${drafts}`].filter(Boolean).join(', '));
  return context.plans.length === 0 ? todo('нет') : { text: `утверждено: ${context.plans.length}`, done: true };
}

/** The inspector looks at today's timetable during the year, at the first day before it. */
function inspectionDay(startsOn: string, endsOn: string): string {
  const day = today();
  return day < startsOn || day > endsOn ? startsOn : day;
}
