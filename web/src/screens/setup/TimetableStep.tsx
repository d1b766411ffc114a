import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { SETUP_KEYS, useRooms, useSettings, useTimetable, type LoadAssignment, type TimetableEntry, type WeeklyTimetable, type YearClass } from '../../api/setup';
import { addDays, fullDate, mondayOf, today } from '../../format';
import { OutcomeLines } from '../parts';
import { FindingList } from './InspectionStep';
import { namesOf, useChange, type SetupContext } from './steps';

const WEEKDAYS = ['', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'];

/**
 * A class's weekly timetable, put together from its load: each cell of the week (day × lesson number)
 * takes one of the class's subjects with its teacher, or a split subject's groups together, and a room.
 * Saved as the timetable in force from a date (the whole year while it has not begun); then the year's
 * dated lessons are planned from it (holidays and the periods' breaks left out).
 */
export function TimetableStep({ context }: { context: SetupContext }) {
  const [search, setSearch] = useSearchParams();
  const asked = search.get('class') ?? '';
  const schoolClass = context.classes.find((candidate) => candidate.id === asked) ?? context.classes[0];
  const timetable = useTimetable(schoolClass?.id ?? '');
  // Kept by the step: the grid starts again from what the server holds after each change.
  const change = useChange(context.year.id);

  return (
    <section aria-labelledby="step-title">
      <h2 id="step-title">Расписание и уроки</h2>
      <FindingList context={context} step="timetable" />
      {!schoolClass ? (
        <p className="muted">Расписание составляется для классов: сначала создайте их.</p>
      ) : (
        <>
          <label className="inline">
            Класс
            <select value={schoolClass.id} onChange={(event) => setSearch({ class: event.target.value })}>
              {context.classes.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
          {timetable.isPending && <p>Загрузка…</p>}
          {timetable.isError && <p role="alert" className="error">{timetable.error.message}</p>}
          {timetable.isSuccess && <WeekGrid key={`${schoolClass.id}:${JSON.stringify(timetable.data)}`} context={context} schoolClass={schoolClass} timetables={timetable.data} change={change} />}
          <OutcomeLines message={change.message} error={namesOf(context).text(change.error)} />
        </>
      )}
    </section>
  );
}

/** What a cell can hold: one line of the load, or all the groups of a split subject at once. */
interface Slot {
  value: string;
  label: string;
  entries: Array<Pick<TimetableEntry, 'subjectId' | 'groupId' | 'teacherId'>>;
}

const entryKey = (entry: Pick<TimetableEntry, 'subjectId' | 'groupId' | 'teacherId'>) => `${entry.subjectId}:${entry.groupId}:${entry.teacherId}`;
const cellKey = (weekday: number, lessonNumber: number) => `${weekday}:${lessonNumber}`;

function WeekGrid({ context, schoolClass, timetables, change }: { context: SetupContext; schoolClass: YearClass; timetables: WeeklyTimetable[]; change: ReturnType<typeof useChange> }) {
  const names = namesOf(context);
  const settings = useSettings(context.schoolId);
  const rooms = useRooms(context.schoolId);
  const inForce = timetableOn(timetables, context.onDate) ?? timetables.at(-1);
  const [cells, setCells] = useState<Map<string, TimetableEntry[]>>(() => {
    const byCell = new Map<string, TimetableEntry[]>();
    for (const entry of inForce?.entries ?? []) byCell.set(cellKey(entry.weekday, entry.lessonNumber), [...(byCell.get(cellKey(entry.weekday, entry.lessonNumber)) ?? []), entry]);
    return byCell;
  });
  const [validFrom, setValidFrom] = useState(() => firstDayOfChange(context.year.startsOn, context.year.endsOn, timetables.length > 0));
  const [edited, setEdited] = useState(false);

  const load = context.load.filter((assignment) => assignment.classId === schoolClass.id);
  const slots = slotsOf(load, names);
  const weekdays = settings.data?.workingWeekdays ?? [1, 2, 3, 4, 5];
  const bells = settings.data?.bellSchedules.find((schedule) => schedule.shift === (schoolClass.shift || 1))?.bells ?? [];
  const numbers = bells.length > 0 ? bells.map((bell) => bell.number) : [1, 2, 3, 4, 5, 6, 7];
  const valueOf = (entries: TimetableEntry[]) => {
    const keys = entries.map(entryKey).sort().join('|');
    return entries.length === 0 ? '' : slots.find((slot) => slot.entries.map(entryKey).sort().join('|') === keys)?.value ?? 'other';
  };
  const place = (weekday: number, lessonNumber: number, value: string) => {
    setEdited(true);
    const before = cells.get(cellKey(weekday, lessonNumber)) ?? [];
    const slot = slots.find((candidate) => candidate.value === value);
    const entries = (slot?.entries ?? []).map((entry, index): TimetableEntry => ({ ...entry, weekday, lessonNumber, roomId: before[index]?.roomId ?? '' }));
    setCells((map) => new Map(map).set(cellKey(weekday, lessonNumber), entries));
  };
  const room = (weekday: number, lessonNumber: number, roomId: string) => {
    setEdited(true);
    setCells((map) => new Map(map).set(cellKey(weekday, lessonNumber), (map.get(cellKey(weekday, lessonNumber)) ?? []).map((entry, index) => (index === 0 ? { ...entry, roomId } : entry))));
  };
  const entries = [...cells.values()].flat();
  const placed = (assignment: LoadAssignment) => entries.filter((entry) => entryKey(entry) === entryKey(assignment)).length;

  const save = async () => {
    const saved = await change.send(
      `/classes/${schoolClass.id}/timetable`,
      'PUT',
      { ...(validFrom ? { validFrom } : {}), entries: entries.map(({ weekday, lessonNumber, subjectId, groupId, teacherId, roomId }) => ({ weekday, lessonNumber, subjectId, groupId, teacherId, roomId })) },
      `Расписание ${schoolClass.name} сохранено${validFrom ? ` с ${fullDate(validFrom)}` : ' на весь год'}. Уроки по нему ещё нужно запланировать.`,
      [['timetable', schoolClass.id]],
    );
    if (saved) setEdited(false);
  };
  const generate = () =>
    void change.send<{ planned: number; cancelled: number; unchanged: number }>(
      `/classes/${schoolClass.id}/lessons/generate`,
      'POST',
      {},
      (result) => `${schoolClass.name}: запланировано уроков — ${result.planned}, отменено — ${result.cancelled}, без изменений — ${result.unchanged}`,
      [SETUP_KEYS.classes(context.year.id)],
    );

  return (
    <>
      {load.length === 0 && <p className="muted">У {schoolClass.name} нет нагрузки: расписание составляется из неё (шаг «Нагрузка учителей»).</p>}
      {inForce && (
        <p>
          Сейчас действует расписание {inForce.validFrom ? `с ${fullDate(inForce.validFrom)}` : ''} {inForce.validTo ? `по ${fullDate(inForce.validTo)}` : ''}
          {edited && ' · есть несохранённые изменения'}
        </p>
      )}
      <div className="grid-scroll">
        <table className="report timetable">
          <caption>Расписание {schoolClass.name}</caption>
          <thead>
            <tr>
              <th scope="col">Урок</th>
              {weekdays.map((weekday) => (
                <th scope="col" key={weekday}>
                  {WEEKDAYS[weekday]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {numbers.map((lessonNumber) => (
              <tr key={lessonNumber}>
                <th scope="row">
                  {lessonNumber}
                  {bells.find((bell) => bell.number === lessonNumber) && <span className="hint"> {bells.find((bell) => bell.number === lessonNumber)!.startsAt}</span>}
                </th>
                {weekdays.map((weekday) => {
                  const held = cells.get(cellKey(weekday, lessonNumber)) ?? [];
                  const value = valueOf(held);
                  const where = `${WEEKDAYS[weekday]}, ${lessonNumber}-й урок`;
                  return (
                    <td key={weekday}>
                      <select aria-label={where} value={value} onChange={(event) => place(weekday, lessonNumber, event.target.value)}>
                        <option value="">—</option>
                        {value === 'other' && <option value="other">{held.map((entry) => `${names.subject(entry.subjectId)} — ${names.teacher(entry.teacherId)}`).join('; ')} (нет в нагрузке)</option>}
                        {slots.map((slot) => (
                          <option key={slot.value} value={slot.value}>
                            {slot.label}
                          </option>
                        ))}
                      </select>
                      {held.length === 1 && (
                        <select aria-label={`Кабинет: ${where}`} value={held[0].roomId} onChange={(event) => room(weekday, lessonNumber, event.target.value)}>
                          <option value="">кабинет</option>
                          {(rooms.data ?? []).map((candidate) => (
                            <option key={candidate.id} value={candidate.id}>
                              каб. {candidate.name}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {load.length > 0 && (
        <ul className="placed" aria-label="Часы в расписании и по нагрузке">
          {load.map((assignment) => (
            <li key={entryKey(assignment)} className={placed(assignment) === assignment.hoursPerWeek ? '' : 'problem'}>
              {slotLabel(assignment, names)}: в расписании {placed(assignment)} из {String(assignment.hoursPerWeek).replace('.', ',')} ч
            </li>
          ))}
        </ul>
      )}
      <label className="inline">
        Действует с
        <input type="date" value={validFrom} min={context.year.startsOn} max={context.year.endsOn} onChange={(event) => setValidFrom(event.target.value)} />
      </label>
      <p className="hint">Пустая дата — на весь учебный год. С указанной даты это расписание заменяет прежнее; уроки до неё остаются как были.</p>
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          Сохранить расписание {schoolClass.name}
        </button>
        <button type="button" onClick={generate} disabled={edited || timetables.length === 0}>
          Запланировать уроки {schoolClass.name}
        </button>
      </div>
    </>
  );
}

function slotLabel(assignment: Pick<LoadAssignment, 'classId' | 'subjectId' | 'groupId' | 'teacherId'>, names: ReturnType<typeof namesOf>) {
  return `${names.subject(assignment.subjectId)}${assignment.groupId ? `, ${names.group(assignment.classId, assignment.groupId)}` : ''} — ${names.teacher(assignment.teacherId)}`;
}

/** Each line of the class's load, and for a split subject all its groups at once (they are usually taught at the same time). */
function slotsOf(load: LoadAssignment[], names: ReturnType<typeof namesOf>): Slot[] {
  const slots: Slot[] = load.map((assignment) => ({ value: entryKey(assignment), label: slotLabel(assignment, names), entries: [{ subjectId: assignment.subjectId, groupId: assignment.groupId, teacherId: assignment.teacherId }] }));
  const split = new Map<string, LoadAssignment[]>();
  for (const assignment of load.filter((candidate) => candidate.groupId)) split.set(assignment.subjectId, [...(split.get(assignment.subjectId) ?? []), assignment]);
  for (const [subjectId, groups] of split) {
    if (groups.length < 2) continue;
    slots.push({
      value: `groups:${subjectId}`,
      label: `${names.subject(subjectId)}, все группы (${groups.map((group) => `${names.group(group.classId, group.groupId)} — ${names.teacher(group.teacherId)}`).join('; ')})`,
      entries: groups.map((group) => ({ subjectId, groupId: group.groupId, teacherId: group.teacherId })),
    });
  }
  return slots.sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}

function timetableOn(timetables: WeeklyTimetable[], date: string): WeeklyTimetable | undefined {
  return timetables.find((timetable) => (!timetable.validFrom || timetable.validFrom <= date) && (!timetable.validTo || date <= timetable.validTo));
}

/** The whole year while it has not begun or has no timetable yet; else from next Monday. */
function firstDayOfChange(startsOn: string, endsOn: string, hasTimetable: boolean): string {
  const day = today();
  if (!hasTimetable || day < startsOn) return '';
  const monday = addDays(mondayOf(day), 7);
  return monday > endsOn ? '' : monday;
}
