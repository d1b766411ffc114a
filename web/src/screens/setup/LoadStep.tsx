import { useState } from 'react';
import { SETUP_KEYS, type LoadAssignment } from '../../api/setup';
import { OutcomeLines } from '../parts';
import { FindingList } from './InspectionStep';
import { StaffOptions } from './StaffOptions';
import { namesOf, useChange, type SetupContext } from './steps';

/** One line of the load: who teaches a subject (a group of it) in a class, and for how many hours a week. */
interface Row {
  classId: string;
  subjectId: string;
  groupId: string;
  planned: number | undefined;
  teacherId: string;
  hours: string;
}

const keyOf = (row: Pick<Row, 'classId' | 'subjectId' | 'groupId'>) => `${row.classId}:${row.subjectId}:${row.groupId}`;
const hoursOf = (text: string) => Number(text.replace(',', '.'));

/**
 * The teachers' load (тарификация, 000 §9.1): a line for each subject of each class's curriculum (each
 * group of a split one) with its hours by the curriculum; the administrator picks the teacher. Lines
 * the curriculum does not have (a course taken out of it) stay until their teacher is taken off. Saved whole.
 */
export function LoadStep({ context }: { context: SetupContext }) {
  // Kept by the step: the editor starts again from what the server holds after each change.
  const change = useChange(context.year.id);
  return (
    <section aria-labelledby="step-title">
      <h2 id="step-title">Нагрузка учителей</h2>
      <FindingList context={context} step="load" />
      {context.classes.length === 0 ? (
        <p className="muted">Нагрузка распределяется по классам и предметам учебного плана: сначала классы и учебный план.</p>
      ) : (
        <LoadEditor key={JSON.stringify(context.load) + context.classes.length + [...context.curricula.values()].map((curriculum) => curriculum?.lines.length).join()} context={context} change={change} />
      )}
      <OutcomeLines message={change.message} error={namesOf(context).text(change.error)} />
    </section>
  );
}

function LoadEditor({ context, change }: { context: SetupContext; change: ReturnType<typeof useChange> }) {
  const names = namesOf(context);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(context));
  const [edited, setEdited] = useState(false);
  const edit = (index: number, patch: Partial<Row>) => {
    setEdited(true);
    setRows((before) => before.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  };
  const label = (row: Row) => `${names.className(row.classId)}, ${names.subject(row.subjectId)}${row.groupId ? `, ${names.group(row.classId, row.groupId)}` : ''}`;

  const save = async () => {
    const chosen = rows.filter((row) => row.teacherId);
    const wrong = chosen.find((row) => !(hoursOf(row.hours) > 0));
    if (wrong) return change.refuse(`${label(wrong)}: часы в неделю — число больше нуля`);
    const assignments = chosen.map((row): LoadAssignment => ({ teacherId: row.teacherId, subjectId: row.subjectId, classId: row.classId, groupId: row.groupId, hoursPerWeek: hoursOf(row.hours) }));
    const saved = await change.send(`/years/${context.year.id}/load`, 'PUT', { assignments }, `Нагрузка сохранена: назначений ${assignments.length}`, [SETUP_KEYS.load(context.year.id)]);
    if (saved) setEdited(false);
  };

  const unassigned = rows.filter((row) => !row.teacherId && row.planned !== undefined).length;
  return (
    <>
      <p>
        {unassigned > 0 ? `Без учителя: ${unassigned}` : 'У каждого предмета учебного плана есть учитель.'}
        {edited && ' · есть несохранённые изменения'}
      </p>
      <table className="report setup">
        <thead>
          <tr>
            <th scope="col">Класс, предмет</th>
            <th scope="col" className="num">
              По плану, ч/нед
            </th>
            <th scope="col">Учитель</th>
            <th scope="col">Часов в неделю</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${keyOf(row)}:${index}`} className={row.planned === undefined ? 'problem' : ''}>
              <th scope="row">
                {label(row)}
                {row.planned === undefined && <span className="hint"> (нет в учебном плане)</span>}
              </th>
              <td className="num">{row.planned === undefined ? '—' : String(row.planned).replace('.', ',')}</td>
              <td>
                <select aria-label={`Учитель: ${label(row)}`} value={row.teacherId} onChange={(event) => edit(index, { teacherId: event.target.value })}>
                  <option value="">не назначен</option>
                  <StaffOptions staff={context.staff} />
                </select>
              </td>
              <td>
                <input aria-label={`Часов в неделю: ${label(row)}`} inputMode="decimal" size={4} value={row.hours} onChange={(event) => edit(index, { hours: event.target.value })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => void save()}>
        Сохранить нагрузку
      </button>
    </>
  );
}

/** The curriculum's lines for every class (a line per group of a split subject), with the load's teachers on them; the load's other lines after. */
function rowsOf(context: SetupContext): Row[] {
  const assigned = new Map<string, LoadAssignment[]>();
  for (const assignment of context.load) assigned.set(keyOf(assignment), [...(assigned.get(keyOf(assignment)) ?? []), assignment]);
  const rows: Row[] = [];
  const place = (key: Omit<Row, 'teacherId' | 'hours'>) => {
    const found = assigned.get(keyOf(key)) ?? [];
    assigned.delete(keyOf(key));
    if (found.length === 0) rows.push({ ...key, teacherId: '', hours: key.planned === undefined ? '' : String(key.planned).replace('.', ',') });
    for (const assignment of found) rows.push({ ...key, teacherId: assignment.teacherId, hours: String(assignment.hoursPerWeek).replace('.', ',') });
  };
  for (const schoolClass of context.classes) {
    for (const line of context.curricula.get(schoolClass.grade)?.lines ?? []) {
      const groups = schoolClass.groups.filter((group) => group.subjectId === line.subjectId);
      if (groups.length === 0) place({ classId: schoolClass.id, subjectId: line.subjectId, groupId: '', planned: line.hoursPerWeek });
      for (const group of groups) place({ classId: schoolClass.id, subjectId: line.subjectId, groupId: group.id, planned: line.hoursPerWeek });
    }
  }
  for (const rest of assigned.values()) for (const assignment of rest) rows.push({ classId: assignment.classId, subjectId: assignment.subjectId, groupId: assignment.groupId, planned: undefined, teacherId: assignment.teacherId, hours: String(assignment.hoursPerWeek).replace('.', ',') });
  return rows;
}
