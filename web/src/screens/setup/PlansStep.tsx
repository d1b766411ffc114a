import { useState } from 'react';
import { SETUP_KEYS, usePlans, useSettings, yearHours, type ThematicPlan } from '../../api/setup';
import { OutcomeLines } from '../parts';
import { hoursOrDash, hoursText, PlanEditor } from '../PlanEditor';
import { FindingList } from './InspectionStep';
import { namesOf, useChange, type SetupContext } from './steps';

/**
 * The calendar-thematic plans (КТП) of the year for each grade's subjects: the school's plan and the
 * teachers' own, with their hours against the curriculum's; the deputy director or the administrator
 * approves one only when its hours equal the curriculum's (003 §4.2, 004 §4.2.5). The school's plan is
 * written here too, a topic a line.
 */
export function PlansStep({ context }: { context: SetupContext }) {
  const names = namesOf(context);
  const change = useChange(context.year.id);
  const settings = useSettings(context.schoolId);
  // Opening the step asks for the plans again: teachers write their own meanwhile (context.plans is refreshed with them).
  usePlans(context.year.id);
  const [editing, setEditing] = useState('');
  const grades = [...context.curricula.entries()].filter(([, curriculum]) => curriculum).sort(([a], [b]) => a - b);
  const approve = (plan: ThematicPlan) =>
    void change.send(`/thematic-plans/${encodeURIComponent(plan.id)}/approve`, 'POST', {}, `КТП утверждено: «${names.subject(plan.subjectId)}», ${plan.grade} классы${plan.teacherId ? `, ${names.teacher(plan.teacherId)}` : ''}`, [SETUP_KEYS.plans(context.year.id)]);

  return (
    <section aria-labelledby="step-title">
      <h2 id="step-title">Календарно-тематические планы</h2>
      <FindingList context={context} step="plans" />
      {grades.length === 0 && <p className="muted">КТП составляется по предметам учебного плана: сначала учебный план.</p>}
      <OutcomeLines message={change.message} error={names.text(change.error)} />
      {grades.length > 0 && (
        <table className="report setup">
          <thead>
            <tr>
              <th scope="col">Параллель, предмет</th>
              <th scope="col" className="num">
                По учебному плану, ч
              </th>
              <th scope="col">КТП</th>
            </tr>
          </thead>
          <tbody>
            {grades.flatMap(([grade, curriculum]) =>
              curriculum!.lines.map((line) => {
                const key = `${grade}:${line.subjectId}`;
                const plans = context.plans.filter((plan) => plan.grade === grade && plan.subjectId === line.subjectId);
                const school = plans.find((plan) => !plan.teacherId);
                const title = `${grade} классы, ${names.subject(line.subjectId)}`;
                return (
                  <tr key={key}>
                    <th scope="row">{title}</th>
                    <td className="num">{hoursOrDash(yearHours(line.hoursPerWeek, grade, settings.data))}</td>
                    <td>
                      {plans.length === 0 && <span className="problem">нет КТП</span>}
                      <ul>
                        {plans.map((plan) => (
                          <li key={plan.id}>
                            {plan.teacherId ? `КТП учителя ${names.teacher(plan.teacherId)}` : 'КТП школы'}: {hoursText(plan.totalHours)} ч, {plan.topics.length} тем —{' '}
                            {plan.status === 'approved' ? (
                              <strong>утверждено</strong>
                            ) : (
                              <>
                                черновик{plan.totalHours !== plan.curriculumHours && <span className="problem"> (по учебному плану {hoursText(plan.curriculumHours)} ч)</span>}{' '}
                                <button type="button" className="link" onClick={() => approve(plan)} aria-label={`Утвердить ${plan.teacherId ? `КТП учителя ${names.teacher(plan.teacherId)}` : 'КТП школы'}: ${title}`}>
                                  Утвердить
                                </button>
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                      <button type="button" className="link" aria-expanded={editing === key} onClick={() => setEditing(editing === key ? '' : key)} aria-label={`${school ? 'Изменить КТП школы' : 'Составить КТП школы'}: ${title}`}>
                        {school ? 'Изменить КТП школы' : 'Составить КТП школы'}
                      </button>
                      {editing === key && <PlanEditor yearId={context.year.id} grade={grade} subjectId={line.subjectId} subjectName={names.subject(line.subjectId)} plan={school} onSaved={() => setEditing('')} />}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
