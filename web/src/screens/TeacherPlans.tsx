// A teacher's own calendar-thematic plans (КТП): for each grade and subject of their load, which plan the
// journal follows, their own plan's state, and the plan written or changed here (003 §4.2, 004 §4.2.5).
import { useState } from 'react';
import { teachingSchools, type Me } from '../api/me';
import { useCatalogue, useCurrentYear } from '../api/school';
import { useCurricula, useLoad, usePlans, useSettings, useYearClasses, yearHours, type ThematicPlan } from '../api/setup';
import { SchoolPicker } from './messaging-parts';
import { OutcomeLines } from './parts';
import { hoursOrDash, hoursText, PlanEditor } from './PlanEditor';

/** A grade's subject the teacher teaches, with the classes they teach it in. */
interface Taught {
  grade: number;
  subjectId: string;
  classNames: string[];
}

export function TeacherPlans({ me }: { me: Me }) {
  const schools = teachingSchools(me);
  const [chosen, setChosen] = useState('');
  const schoolId = chosen || schools[0] || '';
  const current = useCurrentYear(schoolId);
  if (!schoolId) return <p>КТП нет: у учётной записи нет роли учителя.</p>;
  return (
    <section aria-labelledby="plans-title">
      <h1 id="plans-title">Мои КТП</h1>
      <SchoolPicker schools={schools} value={schoolId} onChange={setChosen} />
      <p className="hint">
        Календарно-тематический план — темы уроков и часы на них. В журнале темы уроков подсказываются по вашему утверждённому КТП, а пока его нет — по КТП школы. Изменённое КТП снова становится черновиком; действует оно после утверждения завучем или администратором, когда его часы равны часам учебного плана.
      </p>
      {current.pending && <p>Загрузка…</p>}
      {current.error && <p role="alert" className="error">{current.error.message}</p>}
      {!current.pending && !current.error && !current.year && <p className="muted">У школы нет открытого учебного года.</p>}
      {current.year && <YearPlans key={current.year.id} me={me} schoolId={schoolId} yearId={current.year.id} yearName={current.year.name} />}
    </section>
  );
}

function YearPlans({ me, schoolId, yearId, yearName }: { me: Me; schoolId: string; yearId: string; yearName: string }) {
  // A teacher reads only their own load (load.read, own-lesson).
  const load = useLoad(yearId, me.personId);
  const classes = useYearClasses(yearId);
  const plans = usePlans(yearId);
  const catalogue = useCatalogue(schoolId);
  const settings = useSettings(schoolId);
  const [editing, setEditing] = useState('');
  const [said, setSaid] = useState('');

  const classOf = new Map((classes.data ?? []).map((schoolClass) => [schoolClass.id, schoolClass]));
  const taught = new Map<string, Taught>();
  for (const assignment of load.data ?? []) {
    const schoolClass = classOf.get(assignment.classId);
    if (!schoolClass) continue;
    const key = `${schoolClass.grade}:${assignment.subjectId}`;
    const entry = taught.get(key) ?? { grade: schoolClass.grade, subjectId: assignment.subjectId, classNames: [] };
    if (!entry.classNames.includes(schoolClass.name)) entry.classNames.push(schoolClass.name);
    taught.set(key, entry);
  }
  const rows = [...taught.entries()].sort(([, a], [, b]) => a.grade - b.grade || subjectName(a.subjectId).localeCompare(subjectName(b.subjectId), 'ru'));
  const curricula = useCurricula(yearId, [...new Set(rows.map(([, row]) => row.grade))]);

  function subjectName(subjectId: string) {
    return catalogue.data?.subjects.find((subject) => subject.id === subjectId)?.name ?? subjectId;
  }
  // The year's hours of the subject by the curriculum: the plan says them; without one, the curriculum's weekly hours.
  const curriculumHours = (grade: number, subjectId: string, plan: ThematicPlan | undefined): number | undefined => {
    if (plan) return plan.curriculumHours;
    const line = curricula.map((query) => query.data).find((curriculum) => curriculum?.grade === grade)?.lines.find((candidate) => candidate.subjectId === subjectId);
    return line ? yearHours(line.hoursPerWeek, grade, settings.data) : undefined;
  };
  const failure = load.error ?? classes.error ?? plans.error;

  return (
    <>
      <h2>{yearName || 'Учебный год'}</h2>
      {(load.isPending || classes.isPending || plans.isPending) && !failure && <p>Загрузка…</p>}
      {failure && <p role="alert" className="error">{failure.message}</p>}
      {load.data && classes.data && plans.data && rows.length === 0 && <p className="muted">В нагрузке на этот год у вас нет предметов: её составляет администрация школы.</p>}
      <OutcomeLines message={said} error="" />
      {plans.data && rows.length > 0 && (
        <table className="report setup">
          <thead>
            <tr>
              <th scope="col">Параллель, предмет</th>
              <th scope="col">Ваши классы</th>
              <th scope="col" className="num">
                По учебному плану, ч
              </th>
              <th scope="col">Журнал следует</th>
              <th scope="col">Ваше КТП</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, row]) => {
              const ofRow = plans.data.filter((plan) => plan.grade === row.grade && plan.subjectId === row.subjectId);
              const own = ofRow.find((plan) => plan.teacherId === me.personId);
              const school = ofRow.find((plan) => !plan.teacherId);
              const hours = curriculumHours(row.grade, row.subjectId, own ?? school);
              const title = `${row.grade} классы, ${subjectName(row.subjectId)}`;
              return (
                <tr key={key}>
                  <th scope="row">{title}</th>
                  <td>{row.classNames.sort((a, b) => a.localeCompare(b, 'ru')).join(', ')}</td>
                  <td className="num">{hoursOrDash(hours)}</td>
                  <td>{own?.status === 'approved' ? 'вашему КТП' : school?.status === 'approved' ? 'КТП школы' : <span className="problem">утверждённого КТП нет — темы вводятся вручную</span>}</td>
                  <td>
                    {own ? (
                      <div>
                        {hoursText(own.totalHours)} ч, {own.topics.length} тем —{' '}
                        {own.status === 'approved' ? (
                          <strong>утверждено</strong>
                        ) : (
                          <>
                            черновик, ждёт утверждения
                            {own.totalHours !== own.curriculumHours && <span className="problem"> (часов должно быть {hoursText(own.curriculumHours)}, как в учебном плане)</span>}
                          </>
                        )}
                      </div>
                    ) : (
                      <div className="muted">не составлено</div>
                    )}
                    <button
                      type="button"
                      className="link"
                      aria-expanded={editing === key}
                      onClick={() => setEditing(editing === key ? '' : key)}
                      aria-label={`${own ? 'Изменить своё КТП' : 'Составить своё КТП'}: ${title}`}
                    >
                      {own ? 'Изменить своё КТП' : school ? 'Составить своё КТП по КТП школы' : 'Составить своё КТП'}
                    </button>
                    {editing === key && (
                      <PlanEditor
                        yearId={yearId}
                        grade={row.grade}
                        subjectId={row.subjectId}
                        subjectName={subjectName(row.subjectId)}
                        teacherId={me.personId}
                        plan={own ?? school}
                        onSaved={(text) => {
                          setSaid(text);
                          setEditing('');
                        }}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
