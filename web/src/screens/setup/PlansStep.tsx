import { useState, type FormEvent } from 'react';
import { SETUP_KEYS, useSettings, type ThematicPlan } from '../../api/setup';
import { FormError, OutcomeLines } from '../parts';
import { FindingList } from './InspectionStep';
import { namesOf, useChange, type SetupContext } from './steps';

const hoursText = (hours: number) => String(hours).replace('.', ',');

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
  // The year's hours of a weekly hour, as the server counts them: the study weeks of the school's settings (the 1st grade's own).
  const weeks = (grade: number) => (settings.data ? (grade === 1 ? settings.data.studyWeeksFirstGrade : settings.data.studyWeeks) : undefined);
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
                    <td className="num">{weeks(grade) ? hoursText(Math.round(line.hoursPerWeek * weeks(grade)! * 100) / 100) : '—'}</td>
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
                      {editing === key && <PlanEditor context={context} grade={grade} subjectId={line.subjectId} plan={school} onSaved={() => setEditing('')} />}
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

/** «Натуральные числа; 4» → a topic of 4 hours; the lines are numbered in order. */
function topicsOf(text: string): { topics: Array<{ number: number; title: string; hours: number }>; wrong: number } {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const topics = lines.map((line, index) => {
    const match = /^(.*?)[;\t]\s*(\d+(?:[.,]\d+)?)\s*(?:ч\.?)?$/.exec(line);
    return match ? { number: index + 1, title: match[1].trim(), hours: Number(match[2].replace(',', '.')) } : { number: index + 1, title: line, hours: Number.NaN };
  });
  return { topics, wrong: topics.findIndex((topic) => !topic.title || !(topic.hours > 0)) };
}

function PlanEditor({ context, grade, subjectId, plan, onSaved }: { context: SetupContext; grade: number; subjectId: string; plan: ThematicPlan | undefined; onSaved: () => void }) {
  const names = namesOf(context);
  const change = useChange(context.year.id);
  const [text, setText] = useState(plan?.topics.map((topic) => `${topic.title}; ${hoursText(topic.hours)}`).join('\n') ?? '');
  const parsed = topicsOf(text);
  const total = parsed.topics.reduce((sum, topic) => sum + (topic.hours || 0), 0);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (parsed.topics.length === 0) return change.refuse('Нет ни одной темы');
    if (parsed.wrong >= 0) return change.refuse(`Строка ${parsed.wrong + 1}: нужны тема и через точку с запятой число часов, например «Натуральные числа; 4»`);
    const saved = await change.send(`/years/${context.year.id}/thematic-plans`, 'PUT', { grade, subjectId, topics: parsed.topics }, 'КТП сохранено (черновик)', [SETUP_KEYS.plans(context.year.id)]);
    if (saved) onSaved();
  };

  return (
    <form onSubmit={(event) => void save(event)} className="plan-editor">
      <label>
        Темы КТП школы: {grade} классы, {names.subject(subjectId)} — тема и часы через точку с запятой, по теме в строке
        <textarea rows={8} value={text} onChange={(event) => setText(event.target.value)} placeholder={'Натуральные числа; 4\nДроби; 6'} />
      </label>
      <p className="hint">
        Тем: {parsed.topics.length}, часов: {hoursText(total)}
      </p>
      <FormError error={change.error} />
      <button type="submit">Сохранить КТП</button>
    </form>
  );
}
