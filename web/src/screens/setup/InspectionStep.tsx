import { Link, useSearchParams } from 'react-router';
import { usePupilNames } from '../../api/school';
import type { Finding } from '../../api/setup';
import { fullDate } from '../../format';
import { namesOf, stepOfFinding, STEPS, stepTitle, type SetupContext, type StepKey } from './steps';

/**
 * The electronic inspector (000 §9.1): what does not agree in the year's set-up on a date — a grade
 * without an approved curriculum, a class without a class teacher, hours of the timetable or the load
 * unlike the curriculum's, a teacher or a room in two places at once, a pupil in no group, a КТП
 * missing or of other hours — each with a link to the step that fixes it.
 */
export function InspectionStep({ context }: { context: SetupContext }) {
  const [, setSearch] = useSearchParams();
  const { findings } = context;
  return (
    <section aria-labelledby="step-title">
      <h2 id="step-title">Электронный инспектор</h2>
      <label className="inline">
        Проверить на дату
        <input
          type="date"
          value={context.onDate}
          min={context.year.startsOn}
          max={context.year.endsOn}
          onChange={(event) => event.target.value && setSearch({ onDate: event.target.value })}
        />
      </label>
      <p className="hint">Проверяются расписание и списки классов, действующие на эту дату.</p>
      {context.classes.length === 0 ? (
        <p className="muted">Проверять пока нечего: в году нет классов.</p>
      ) : findings.length === 0 ? (
        <p className="confirmed">Замечаний нет на {fullDate(context.onDate)}: учебный план, нагрузка, расписание, группы и КТП согласованы.</p>
      ) : (
        STEPS.filter((step) => findings.some((finding) => stepOfFinding(finding) === step.key)).map((step) => (
          <section key={step.key} aria-labelledby={`findings-${step.key}`}>
            <h3 id={`findings-${step.key}`}>{step.title}</h3>
            <FindingList context={context} step={step.key} linked />
          </section>
        ))
      )}
    </section>
  );
}

/** The inspector's findings a step fixes, in words with names; `linked` adds the way to the step. */
export function FindingList({ context, step, linked = false }: { context: SetupContext; step: StepKey; linked?: boolean }) {
  const findings = context.findings.filter((finding) => stepOfFinding(finding) === step);
  if (findings.length === 0) return null;
  return (
    <ul className="findings" aria-label={`Замечания электронного инспектора: ${stepTitle(step)}`}>
      {findings.map((finding, index) => (
        <li key={index} className="problem">
          <FindingText context={context} finding={finding} />
          {linked && (
            <>
              {' '}
              <Link to={`/years/${context.year.id}/setup/${step}${fixQuery(finding)}`}>Исправить: {stepTitle(step).toLowerCase()}</Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The step opened on the class or grade the finding is about. */
function fixQuery(finding: Finding): string {
  if (finding.grade) return `?grade=${finding.grade}`;
  if (finding.classIds[0]) return `?class=${finding.classIds[0]}`;
  return '';
}

/** The inspector names teachers and pupils by id: the screen says their names. */
function FindingText({ context, finding }: { context: SetupContext; finding: Finding }) {
  const names = namesOf(context);
  const pupils = usePupilNames(finding.studentId ? finding.classIds[0] ?? '' : '');
  const text = names.text(finding.message);
  return <>{finding.studentId ? text.replaceAll(finding.studentId, pupils.nameOf(finding.studentId)) : text}</>;
}
