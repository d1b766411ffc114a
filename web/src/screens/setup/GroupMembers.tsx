import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useOutcome } from '../../api/outcome';
import { usePupilNames } from '../../api/school';
import type { YearClass } from '../../api/setup';
import { fullDate, today } from '../../format';
import { OutcomeLines } from '../parts';
import { namesOf, type SetupContext } from './steps';

const rosterOf = (classId: string, date: string, groupId = '') => ['roster', classId, date, groupId];

/**
 * Who is in which group of each subject the class is split in, on a date (a pupil in no group has no
 * journal page for the subject: the inspector reports it). A pupil moves from one group to another only
 * from the first day of a period; the server says so when the date is another.
 */
export function GroupMembers({ context, schoolClass }: { context: SetupContext; schoolClass: YearClass }) {
  const { year } = context;
  const names = namesOf(context);
  const queries = useQueryClient();
  const day = today();
  const [from, setFrom] = useState(day < year.startsOn ? year.startsOn : day > year.endsOn ? year.endsOn : day);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const outcome = useOutcome();
  const pupils = usePupilNames(schoolClass.id);
  const roster = useQuery({ queryKey: rosterOf(schoolClass.id, from), queryFn: () => api<{ studentIds: string[] }>(`/classes/${schoolClass.id}/roster?date=${from}`) });
  const groupRosters = useQueries({
    queries: schoolClass.groups.map((group) => ({ queryKey: rosterOf(schoolClass.id, from, group.id), queryFn: () => api<{ studentIds: string[] }>(`/classes/${schoolClass.id}/roster?date=${from}&groupId=${group.id}`) })),
  });
  const groupOf = new Map<string, string>();
  schoolClass.groups.forEach((group, index) => {
    for (const studentId of groupRosters[index]?.data?.studentIds ?? []) groupOf.set(`${group.subjectId}:${studentId}`, group.id);
  });
  const subjects = [...new Set(schoolClass.groups.map((group) => group.subjectId))];
  const studentIds = [...(roster.data?.studentIds ?? [])].sort((a, b) => pupils.nameOf(a).localeCompare(pupils.nameOf(b), 'ru'));
  const nameIn = (text: string) => studentIds.reduce((result, studentId) => result.replaceAll(studentId, pupils.nameOf(studentId)), names.text(text));

  const save = async () => {
    const byGroup = new Map<string, string[]>();
    for (const [key, groupId] of Object.entries(chosen)) {
      const [, studentId] = key.split(':');
      if (groupId && groupOf.get(key) !== groupId) byGroup.set(groupId, [...(byGroup.get(groupId) ?? []), studentId]);
    }
    if (byGroup.size === 0) return outcome.refuse('Ничего не изменено');
    const saved = await outcome.attempt(async () => {
      for (const [groupId, members] of byGroup) await api(`/classes/${schoolClass.id}/groups/${groupId}/students`, { method: 'POST', body: { studentIds: members, from } });
      return true;
    }, `${schoolClass.name}: состав групп сохранён с ${fullDate(from)}`, 'состав групп не сохранён');
    if (saved) setChosen({});
    await Promise.all([['roster', schoolClass.id], ['inspection', year.id]].map((queryKey) => queries.invalidateQueries({ queryKey })));
  };

  return (
    <div className="group-members">
      <label className="inline">
        С какой даты
        <input type="date" value={from} min={year.startsOn} max={year.endsOn} onChange={(event) => event.target.value && setFrom(event.target.value)} />
      </label>
      <p className="hint">Перевод из группы в группу — только с первого дня учебного периода.</p>
      {(roster.isPending || pupils.names.isPending) && <p>Загрузка…</p>}
      {roster.isError && <p role="alert" className="error">{roster.error.message}</p>}
      {roster.data && studentIds.length === 0 && <p className="muted">На {fullDate(from)} в классе нет учеников.</p>}
      {studentIds.length > 0 && (
        <table className="report">
          <caption>
            Группы {schoolClass.name} на {fullDate(from)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Ученик</th>
              {subjects.map((subjectId) => (
                <th scope="col" key={subjectId}>
                  {names.subject(subjectId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {studentIds.map((studentId) => (
              <tr key={studentId}>
                <th scope="row">{pupils.nameOf(studentId)}</th>
                {subjects.map((subjectId) => {
                  const key = `${subjectId}:${studentId}`;
                  return (
                    <td key={subjectId}>
                      <select aria-label={`${pupils.nameOf(studentId)}: группа по предмету «${names.subject(subjectId)}»`} value={chosen[key] ?? groupOf.get(key) ?? ''} onChange={(event) => setChosen((before) => ({ ...before, [key]: event.target.value }))}>
                        <option value="" disabled>
                          не в группе
                        </option>
                        {schoolClass.groups
                          .filter((group) => group.subjectId === subjectId)
                          .map((group) => (
                            <option key={group.id} value={group.id}>
                              {group.name}
                            </option>
                          ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OutcomeLines message={outcome.message} error={nameIn(outcome.error)} />
      {studentIds.length > 0 && (
        <button type="button" onClick={() => void save()}>
          Сохранить состав групп {schoolClass.name}
        </button>
      )}
    </div>
  );
}
