import { useState, type FormEvent } from 'react';
import { SETUP_KEYS, useSettings, type YearClass } from '../../api/setup';
import { OutcomeLines } from '../parts';
import { GroupMembers } from './GroupMembers';
import { FindingList } from './InspectionStep';
import { StaffOptions } from './StaffOptions';
import { namesOf, useChange, type SetupContext } from './steps';

/**
 * The year's classes (000 §9.1): each with its class teacher and, for a subject the class is split in
 * (foreign languages, technology), its groups and who is in each; a new class by grade and letter.
 */
export function ClassesStep({ context }: { context: SetupContext }) {
  const { year, classes, staff, schoolId } = context;
  const settings = useSettings(schoolId);
  const names = namesOf(context);
  const change = useChange(year.id);
  const [grade, setGrade] = useState('');
  const [letter, setLetter] = useState('');
  const [shift, setShift] = useState('1');
  const [teacherId, setTeacherId] = useState('');
  const [membersOf, setMembersOf] = useState('');
  const grades = Array.from({ length: settings.data?.lastGrade ?? 11 }, (_, index) => index + 1);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!grade) return change.refuse('Выберите параллель');
    if (!letter.trim()) return change.refuse('Укажите литеру класса');
    const created = await change.send<YearClass>(
      `/years/${year.id}/classes`,
      'POST',
      { grade: Number(grade), letter: letter.trim(), shift: Number(shift), ...(teacherId ? { classTeacherId: teacherId } : {}) },
      (answer) => `Класс ${answer.name} создан`,
      [SETUP_KEYS.classes(year.id)],
    );
    if (created) setLetter('');
  };

  return (
    <section aria-labelledby="step-title">
      <h2 id="step-title">Классы и группы</h2>
      <FindingList context={context} step="classes" />
      <OutcomeLines message={change.message} error={names.text(change.error)} />
      {classes.length === 0 ? (
        <p className="muted">Классов этого года пока нет. Создайте их здесь или загрузите учеников из файла: классы из файла создаются сами.</p>
      ) : (
        <table className="report setup">
          <thead>
            <tr>
              <th scope="col">Класс</th>
              <th scope="col">Смена</th>
              <th scope="col">Классный руководитель</th>
              <th scope="col">Группы</th>
            </tr>
          </thead>
          <tbody>
            {classes.map((schoolClass) => (
              <tr key={schoolClass.id}>
                <th scope="row">{schoolClass.name}</th>
                <td className="num">{schoolClass.shift || 1}</td>
                <td>
                  <select
                    aria-label={`Классный руководитель ${schoolClass.name}`}
                    value={schoolClass.classTeacherId}
                    onChange={(event) =>
                      void change.send(`/classes/${schoolClass.id}/class-teacher`, 'PUT', { teacherId: event.target.value }, `${schoolClass.name}: классный руководитель — ${names.teacher(event.target.value)}`, [SETUP_KEYS.classes(year.id)])
                    }
                  >
                    <option value="" disabled>
                      не назначен
                    </option>
                    <StaffOptions staff={staff} />
                  </select>
                </td>
                <td>
                  <ClassGroups context={context} schoolClass={schoolClass} change={change} />
                  {schoolClass.groups.length > 0 && !context.administrator && <p className="hint">Состав групп меняет администратор школы.</p>}
                  {schoolClass.groups.length > 0 && context.administrator && (
                    <button type="button" className="link" aria-expanded={membersOf === schoolClass.id} onClick={() => setMembersOf(membersOf === schoolClass.id ? '' : schoolClass.id)}>
                      Состав групп {schoolClass.name}
                    </button>
                  )}
                  {membersOf === schoolClass.id && <GroupMembers context={context} schoolClass={schoolClass} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={(event) => void create(event)} aria-labelledby="new-class-title" className="inline-form">
        <h3 id="new-class-title">Новый класс</h3>
        <label>
          Параллель
          <select value={grade} onChange={(event) => setGrade(event.target.value)}>
            <option value="">—</option>
            {grades.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
        <label>
          Литера
          <input value={letter} onChange={(event) => setLetter(event.target.value)} maxLength={8} size={4} />
        </label>
        <label>
          Смена
          <select value={shift} onChange={(event) => setShift(event.target.value)}>
            <option value="1">1</option>
            <option value="2">2</option>
          </select>
        </label>
        <label>
          Классный руководитель
          <select value={teacherId} onChange={(event) => setTeacherId(event.target.value)}>
            <option value="">назначить позже</option>
            <StaffOptions staff={staff} />
          </select>
        </label>
        <button type="submit">Создать класс</button>
      </form>
    </section>
  );
}

/** A class's groups by subject, and a new group of a subject the class is split in. */
function ClassGroups({ context, schoolClass, change }: { context: SetupContext; schoolClass: YearClass; change: ReturnType<typeof useChange> }) {
  const names = namesOf(context);
  const [subjectId, setSubjectId] = useState('');
  const [name, setName] = useState('');
  const bySubject = new Map<string, string[]>();
  for (const group of schoolClass.groups) bySubject.set(group.subjectId, [...(bySubject.get(group.subjectId) ?? []), group.name]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!subjectId || !name.trim()) return change.refuse(`${schoolClass.name}: для группы нужны предмет и название`);
    const changed = await change.send(`/classes/${schoolClass.id}/groups`, 'POST', { subjectId, name: name.trim() }, `${schoolClass.name}: группа «${name.trim()}» по предмету «${names.subject(subjectId)}» создана`, [
      SETUP_KEYS.classes(context.year.id),
    ]);
    if (changed) setName('');
  };

  return (
    <>
      {bySubject.size > 0 && (
        <ul>
          {[...bySubject].map(([subject, groups]) => (
            <li key={subject}>
              {names.subject(subject)}: {groups.join(', ')}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)} className="inline-form" aria-label={`Новая группа ${schoolClass.name}`}>
        <select aria-label={`Предмет новой группы ${schoolClass.name}`} value={subjectId} onChange={(event) => setSubjectId(event.target.value)}>
          <option value="">предмет</option>
          {context.subjects.map((subject) => (
            <option key={subject.id} value={subject.id}>
              {subject.name}
            </option>
          ))}
        </select>
        <input aria-label={`Название новой группы ${schoolClass.name}`} placeholder="1 группа" value={name} onChange={(event) => setName(event.target.value)} maxLength={60} size={10} />
        <button type="submit">Добавить группу</button>
      </form>
    </>
  );
}
