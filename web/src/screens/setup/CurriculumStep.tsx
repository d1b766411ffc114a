import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { SETUP_KEYS, useCurriculum, type Curriculum, type CurriculumLine } from '../../api/setup';
import { OutcomeLines } from '../parts';
import { FindingList } from './InspectionStep';
import { namesOf, useChange, type SetupContext } from './steps';

/**
 * The curriculum (учебный план) of each grade the school has classes in: subjects with their hours a
 * week, courses by choice, subjects assessed «зачёт/незачёт»; saved as a draft, then approved (000 §9.1).
 * Changing an approved one makes it a draft again. A subject the catalogue lacks is added here.
 */
export function CurriculumStep({ context }: { context: SetupContext }) {
  const [search, setSearch] = useSearchParams();
  const grades = [...context.curricula.keys()].sort((a, b) => a - b);
  const asked = Number(search.get('grade'));
  const grade = grades.includes(asked) ? asked : grades[0] ?? 0;
  const curriculum = useCurriculum(context.year.id, grade);
  // Kept by the step: the editor starts again from what the server holds after each change.
  const change = useChange(context.year.id);

  return (
    <section aria-labelledby="step-title">
      <h2 id="step-title">Учебный план</h2>
      <FindingList context={context} step="curriculum" />
      {grades.length === 0 && <p className="muted">Учебный план составляется по параллелям: сначала создайте классы.</p>}
      {grades.length > 0 && (
        <nav className="tabs" aria-label="Параллели">
          {grades.map((candidate) => (
            <a
              key={candidate}
              href={`?grade=${candidate}`}
              aria-current={candidate === grade ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setSearch({ grade: String(candidate) });
              }}
            >
              {candidate} классы {context.curricula.get(candidate)?.status === 'approved' ? '✓' : ''}
            </a>
          ))}
        </nav>
      )}
      {grade > 0 && curriculum.isPending && <p>Загрузка…</p>}
      {curriculum.isError && <p role="alert" className="error">{curriculum.error.message}</p>}
      {grade > 0 && curriculum.isSuccess && <CurriculumEditor key={`${grade}:${curriculum.data?.status}:${JSON.stringify(curriculum.data?.lines)}`} context={context} grade={grade} curriculum={curriculum.data} change={change} />}
      <OutcomeLines message={change.message} error={change.error} />
      <NewSubject context={context} />
    </section>
  );
}

interface Line {
  subjectId: string;
  hours: string;
  elective: boolean;
  passFail: boolean;
}

const toLine = (line: CurriculumLine): Line => ({ subjectId: line.subjectId, hours: String(line.hoursPerWeek).replace('.', ','), elective: line.elective, passFail: line.passFail });
const hoursOf = (text: string) => Number(text.replace(',', '.'));

function CurriculumEditor({ context, grade, curriculum, change }: { context: SetupContext; grade: number; curriculum: Curriculum | null; change: ReturnType<typeof useChange> }) {
  const names = namesOf(context);
  const [lines, setLines] = useState<Line[]>(curriculum?.lines.map(toLine) ?? []);
  const [edited, setEdited] = useState(false);
  const total = lines.reduce((sum, line) => sum + (hoursOf(line.hours) || 0), 0);
  const edit = (index: number, patch: Partial<Line>) => {
    setEdited(true);
    setLines((before) => before.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  };
  const stale = [SETUP_KEYS.curriculum(context.year.id, grade), SETUP_KEYS.plans(context.year.id)];

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = lines.findIndex((line) => !line.subjectId || !(hoursOf(line.hours) > 0));
    if (wrong >= 0) return change.refuse(`Строка ${wrong + 1}: нужны предмет и часы в неделю (больше нуля)`);
    const saved = await change.send(
      `/years/${context.year.id}/curriculum/${grade}`,
      'PUT',
      { lines: lines.map((line) => ({ subjectId: line.subjectId, hoursPerWeek: hoursOf(line.hours), elective: line.elective, passFail: line.passFail })) },
      `Учебный план ${grade} классов сохранён (черновик)`,
      stale,
    );
    if (saved) setEdited(false);
  };
  const approve = () => void change.send(`/years/${context.year.id}/curriculum/${grade}/approve`, 'POST', {}, `Учебный план ${grade} классов утверждён`, stale);

  return (
    <form onSubmit={(event) => void save(event)} aria-label={`Учебный план ${grade} классов`}>
      <p>
        Состояние: <strong>{!curriculum ? 'не составлен' : curriculum.status === 'approved' ? 'утверждён' : 'черновик'}</strong>
        {edited && ' · есть несохранённые изменения'}
      </p>
      <table className="report setup">
        <thead>
          <tr>
            <th scope="col">Предмет</th>
            <th scope="col">Часов в неделю</th>
            <th scope="col">Элективный курс</th>
            <th scope="col">Зачёт/незачёт</th>
            <th scope="col">
              <span className="visually-hidden">Убрать</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={index}>
              <td>
                <select aria-label={`Предмет, строка ${index + 1}`} value={line.subjectId} onChange={(event) => edit(index, { subjectId: event.target.value })}>
                  <option value="">выберите</option>
                  {context.subjects.map((subject) => (
                    <option key={subject.id} value={subject.id} disabled={subject.id !== line.subjectId && lines.some((other) => other.subjectId === subject.id)}>
                      {subject.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label={`Часов в неделю: ${names.subject(line.subjectId) || `строка ${index + 1}`}`} inputMode="decimal" size={4} value={line.hours} onChange={(event) => edit(index, { hours: event.target.value })} />
              </td>
              <td>
                <input type="checkbox" aria-label={`Элективный курс: ${names.subject(line.subjectId)}`} checked={line.elective} onChange={(event) => edit(index, { elective: event.target.checked })} />
              </td>
              <td>
                <input type="checkbox" aria-label={`Зачёт/незачёт: ${names.subject(line.subjectId)}`} checked={line.passFail} onChange={(event) => edit(index, { passFail: event.target.checked })} />
              </td>
              <td>
                <button
                  type="button"
                  className="link"
                  aria-label={`Убрать строку ${index + 1}${line.subjectId ? `: ${names.subject(line.subjectId)}` : ''}`}
                  onClick={() => {
                    setEdited(true);
                    setLines((before) => before.filter((_, at) => at !== index));
                  }}
                >
                  Убрать
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Всего в неделю</th>
            <td className="num">{String(total).replace('.', ',')}</td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
      <div className="actions">
        <button type="button" onClick={() => setLines((before) => [...before, { subjectId: '', hours: '1', elective: false, passFail: false }])}>
          Добавить строку плана
        </button>
        <button type="submit">Сохранить учебный план</button>
        <button type="button" onClick={approve} disabled={!curriculum || curriculum.status === 'approved' || edited}>
          Утвердить учебный план {grade} классов
        </button>
      </div>
    </form>
  );
}

/** A subject the school's catalogue lacks (the regional list has the usual ones). */
function NewSubject({ context }: { context: SetupContext }) {
  const change = useChange(context.year.id);
  const [name, setName] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return change.refuse('Укажите название предмета');
    const added = await change.send(`/schools/${context.schoolId}/subjects`, 'POST', { name: name.trim() }, `Предмет «${name.trim()}» добавлен в справочник школы`, [['catalogue', context.schoolId]]);
    if (added) setName('');
  };
  return (
    <form onSubmit={(event) => void add(event)} className="inline-form" aria-labelledby="new-subject-title">
      <h3 id="new-subject-title">Предмета нет в списке?</h3>
      <label>
        Название предмета
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={100} />
      </label>
      <button type="submit">Добавить предмет в справочник</button>
      <OutcomeLines message={change.message} error={change.error} />
    </form>
  );
}
