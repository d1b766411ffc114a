import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, sessions } from '../api/client';
import { useCatalogue, usePupilNames, useSchoolClass } from '../api/school';
import { flushUnsentMarks, sendMarks, unsentMarks, type UnsentMarks } from '../api/outbox';
import { average, markText, shortDate } from '../format';
import { LessonAttendance } from './LessonAttendance';
import { useMe } from '../api/me';
import { ChangeRequests, type FinalChangeRequest, type MarkChangeRequest } from './ChangeRequests';
import { MarkCorrection } from './MarkCorrection';
import { PeriodFinal } from './PeriodFinal';
import { parseMark } from './mark-input';
import { LessonRecordForm, type LessonRecord } from './LessonRecordForm';

interface Mark {
  id: string;
  lessonId: string;
  studentId: string;
  values: number[];
  passFail: string;
  workKind: string;
  onTime: boolean;
}

interface JournalPage {
  id: string;
  classId: string;
  subjectId: string;
  periodId: string;
  lessons: LessonRecord[];
  studentIds: string[];
  marks: Mark[];
  proposals: Array<{ studentId: string; average: number; proposed: number; notEnoughMarks: boolean }>;
  absences: Array<{ lessonId: string; studentId: string; code: string }>;
  closed: boolean;
  planTopics: Array<{ number: number; title: string }>;
  finals: Array<{ studentId: string; value: number; notAttested: boolean; kind: string }>;
  changeRequests: MarkChangeRequest[];
  finalRequests: FinalChangeRequest[];
}

interface Settings {
  workKinds: Array<{ code: string; name: string; weight: number }>;
}

const newKey = () => crypto.randomUUID();

/**
 * The journal grid of a class × subject × period: pupils down, lessons across. A cell takes a mark by
 * keyboard (arrows move, Enter sets and goes to the next pupil); a mark not yet sent waits in the
 * browser and goes when the connection is back.
 */
export function JournalGrid() {
  const { classId = '', subjectId = '', periodId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const openLesson = search.get('lesson') ?? '';
  const queries = useQueryClient();
  const pageKey = ['journal', classId, subjectId, periodId];
  const page = useQuery({ queryKey: pageKey, queryFn: () => api<JournalPage>(`/classes/${classId}/subjects/${subjectId}/periods/${periodId}/journal`) });
  const schoolClass = useSchoolClass(classId);
  const schoolId = schoolClass.data?.schoolId ?? '';
  const settings = useQuery({ queryKey: ['settings', schoolId], queryFn: () => api<Settings>(`/schools/${schoolId}/settings`), enabled: schoolId !== '', staleTime: 600_000 });
  const catalogue = useCatalogue(schoolId);
  const { nameOf } = usePupilNames(classId);
  const me = useMe();
  const [workKind, setWorkKind] = useState('');
  const [correcting, setCorrecting] = useState<Mark | null>(null);
  const [finalFor, setFinalFor] = useState('');
  const [message, setMessage] = useState('');
  const [unsent, setUnsent] = useState<UnsentMarks[]>([]);
  const cells = useRef(new Map<string, HTMLInputElement>());

  useEffect(() => {
    // The signed-in teacher's own entries (a classroom PC may be shared).
    const load = () => void unsentMarks.all().then((all) => setUnsent(all.filter((entry) => entry.accountId === sessions.current()?.accountId)));
    load();
    const stop = unsentMarks.subscribe(load);
    const online = () =>
      void flushUnsentMarks().then(async (sent) => {
        if (sent > 0) await queries.invalidateQueries({ queryKey: pageKey });
      });
    window.addEventListener('online', online);
    const timer = setInterval(online, 10_000);
    online();
    return () => {
      stop();
      window.removeEventListener('online', online);
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [classId, subjectId, periodId]);

  if (page.isPending) return <p>Загрузка журнала…</p>;
  if (page.isError) return <p role="alert" className="error">{page.error.message}</p>;
  const journal = page.data;
  const kinds = settings.data?.workKinds ?? [];
  const kind = workKind || kinds[0]?.code || 'answer';
  const subjectName = catalogue.data?.subjects.find((subject) => subject.id === subjectId)?.name ?? subjectId;
  const lessons = journal.lessons.filter((lesson) => lesson.status !== 'cancelled');
  // Pupils in alphabetical order, as the paper journal lists them.
  const pupils = [...journal.studentIds].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'ru'));

  const move = (row: number, column: number) => cells.current.get(`${row}:${column}`)?.focus();
  const onKey = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const atStart = event.currentTarget.selectionStart === 0;
    const atEnd = event.currentTarget.selectionEnd === event.currentTarget.value.length;
    if (event.key === 'ArrowDown') move(row + 1, column);
    else if (event.key === 'ArrowUp') move(row - 1, column);
    else if (event.key === 'ArrowLeft' && atStart) move(row, column - 1);
    else if (event.key === 'ArrowRight' && atEnd) move(row, column + 1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      void setMark(row, column, event.currentTarget);
      return;
    } else return;
    event.preventDefault();
  };

  const setMark = async (row: number, column: number, input: HTMLInputElement) => {
    const studentId = pupils[row];
    const lesson = lessons[column];
    if (!input.value.trim()) return move(row + 1, column);
    const mark = parseMark(input.value);
    if (!mark) {
      setMessage(`«${input.value}» — не отметка: введите 2–5, двойную «4/5» или «зач»/«незач»`);
      return;
    }
    const entry: UnsentMarks = {
      key: newKey(),
      accountId: sessions.current()?.accountId ?? '',
      lessonId: lesson.lessonId,
      body: { marks: [{ studentId, ...mark, workKind: kind }] },
      label: `${nameOf(studentId)}, ${shortDate(lesson.date)}: ${markText({ values: mark.values ?? [], passFail: mark.passFail })}`,
      enteredAt: new Date().toISOString(),
    };
    // Kept first, then sent: losing the connection meanwhile loses nothing. The teacher goes on typing
    // in the next pupil's cell at once.
    const kept = unsentMarks.keep(entry);
    input.value = '';
    move(row + 1, column);
    await kept;
    const outcome = await sendMarks(entry);
    if (outcome === 'sent') {
      setMessage(`Сохранено: ${entry.label}`);
      await queries.invalidateQueries({ queryKey: pageKey });
    } else if (outcome === 'unreachable') setMessage(`Нет связи: «${entry.label}» сохранено в браузере и будет отправлено`);
    else setMessage(`Не принято: ${entry.label}`);
  };

  /** Beside a refused entry, what the journal holds now in its cell: the teacher decides with both in sight. */
  const serverNow = (entry: UnsentMarks) => {
    const studentId = entry.body.marks[0]?.studentId;
    const lesson = journal.lessons.find((candidate) => candidate.lessonId === entry.lessonId);
    if (!lesson) return 'В журнале сейчас: урока на этой странице нет.';
    const held = journal.marks.filter((mark) => mark.lessonId === entry.lessonId && mark.studentId === studentId).map(markText);
    const state = lesson.status === 'cancelled' ? 'урок отменён' : journal.closed ? 'период закрыт' : '';
    return `В журнале сейчас: ${[state, held.length ? `отметки ${held.join(', ')}` : 'отметок нет'].filter(Boolean).join('; ')}.`;
  };

  // A refused entry was never applied: sent again under a new key (a key's refusal may be remembered by the server).
  const resend = async (entry: UnsentMarks) => {
    await unsentMarks.keep({ ...entry, key: newKey(), refused: undefined, enteredAt: new Date().toISOString() });
    await unsentMarks.forget(entry.key);
    await flushUnsentMarks();
    await queries.invalidateQueries({ queryKey: pageKey });
  };

  const record = lessons.find((lesson) => lesson.lessonId === openLesson);
  return (
    <section aria-labelledby="journal-title">
      <h1 id="journal-title">
        Журнал: {schoolClass.data?.name ?? ''} — {subjectName}
      </h1>
      {journal.closed && <p className="badge">Период закрыт: изменения — через запросы администратору</p>}
      <div className="toolbar">
        <label className="inline">
          Вид работы{' '}
          <select value={kind} onChange={(event) => setWorkKind(event.target.value)}>
            {(kinds.length ? kinds : [{ code: 'answer', name: 'Ответ на уроке', weight: 1 }]).map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {candidate.name} (вес {candidate.weight})
              </option>
            ))}
          </select>
        </label>
        <Link to={`/journal/${classId}/${subjectId}/year/finals`}>Итоги года: годовые и экзаменационные</Link>
        <p className="muted">
          Клавиши: стрелки — по клеткам, Enter — поставить отметку и перейти к следующему ученику. Пунктирная рамка — отметка выставлена позже срока; серая — ещё не отправлена.
        </p>
      </div>
      <p role="status" aria-live="polite" className="status">
        {message}
      </p>
      {unsent.length > 0 && (
        <section aria-label="Не отправленные отметки" className="unsent">
          <h2>
            Не отправлено на сервер: {unsent.filter((entry) => !entry.refused).length}
            {unsent.some((entry) => entry.refused) ? ` · не принято: ${unsent.filter((entry) => entry.refused).length}` : ''}
          </h2>
          <ul>
            {unsent.map((entry) => (
              <li key={entry.key}>
                {entry.label}
                {entry.refused ? (
                  <>
                    {' '}
                    — <span className="error">не принято: {entry.refused}</span> <span className="server-now">{serverNow(entry)}</span>{' '}
                    <button type="button" onClick={() => void resend(entry)}>
                      Отправить снова
                    </button>{' '}
                    <button type="button" onClick={() => void unsentMarks.forget(entry.key)}>
                      Убрать
                    </button>
                  </>
                ) : (
                  ' — ждёт связи'
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="grid-scroll">
        <table className="journal">
          <caption className="visually-hidden">Отметки учеников по урокам</caption>
          <thead>
            <tr>
              <th scope="col">Ученик</th>
              {lessons.map((lesson) => (
                <th scope="col" key={lesson.lessonId}>
                  <button type="button" className="link" onClick={() => setSearch({ lesson: lesson.lessonId })} aria-label={`Урок ${shortDate(lesson.date)}: тема и задание`}>
                    {shortDate(lesson.date)}
                  </button>
                </th>
              ))}
              <th scope="col">Средний</th>
              <th scope="col">Предложено</th>
              <th scope="col">Итог</th>
            </tr>
          </thead>
          <tbody>
            {pupils.map((studentId, row) => {
              const proposal = journal.proposals.find((candidate) => candidate.studentId === studentId);
              return (
                <tr key={studentId}>
                  <th scope="row">{nameOf(studentId)}</th>
                  {lessons.map((lesson, column) => {
                    const marks = journal.marks.filter((mark) => mark.lessonId === lesson.lessonId && mark.studentId === studentId);
                    const absence = journal.absences.find((candidate) => candidate.lessonId === lesson.lessonId && candidate.studentId === studentId);
                    return (
                      <td key={lesson.lessonId}>
                        {absence && <span className="absence">{absence.code}</span>}
                        {unsent
                          .filter((entry) => !entry.refused && entry.lessonId === lesson.lessonId && entry.body.marks[0]?.studentId === studentId)
                          .map((entry) => (
                            <span key={entry.key} className="mark pending" title="ещё не отправлена на сервер">
                              {markText({ values: entry.body.marks[0].values ?? [], passFail: entry.body.marks[0].passFail })}
                            </span>
                          ))}
                        {marks.map((mark) => (
                          <button
                            type="button"
                            key={mark.id}
                            className={mark.onTime ? 'mark' : 'mark late'}
                            title={`${kinds.find((candidate) => candidate.code === mark.workKind)?.name ?? 'отметка'}${mark.onTime ? '' : ': выставлена позже срока'}`}
                            aria-label={`${markText(mark)} — ${nameOf(studentId)}, ${shortDate(lesson.date)}: исправить`}
                            onClick={() => setCorrecting(mark)}
                          >
                            {markText(mark)}
                          </button>
                        ))}
                        <input
                          ref={(element) => {
                            if (element) cells.current.set(`${row}:${column}`, element);
                            else cells.current.delete(`${row}:${column}`);
                          }}
                          className="cell"
                          inputMode="numeric"
                          size={3}
                          disabled={journal.closed}
                          aria-label={`${nameOf(studentId)}, ${shortDate(lesson.date)}`}
                          onKeyDown={(event) => onKey(event, row, column)}
                        />
                      </td>
                    );
                  })}
                  <td>{proposal && proposal.average > 0 ? average(proposal.average) : '—'}</td>
                  <td>{proposal?.notEnoughMarks ? 'мало отметок' : proposal?.proposed || '—'}</td>
                  <td>
                    {(() => {
                      const final = journal.finals.find((candidate) => candidate.studentId === studentId && (candidate.kind ?? 'period') === 'period');
                      const shown = final ? (final.notAttested ? 'н/а' : String(final.value)) : '';
                      return journal.closed ? (
                        shown || '—'
                      ) : (
                        <button type="button" className={final ? 'mark' : 'link'} aria-label={`${shown || 'Поставить'} — итоговая: ${nameOf(studentId)}`} onClick={() => setFinalFor(studentId)}>
                          {shown || 'Поставить'}
                        </button>
                      );
                    })()}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ChangeRequests
        pageId={journal.id}
        requests={journal.changeRequests ?? []}
        finalRequests={journal.finalRequests ?? []}
        markNow={(markId) => {
          const mark = journal.marks.find((candidate) => candidate.id === markId);
          return mark ? markText(mark) : '';
        }}
        finalNow={(studentId, kind) => {
          const final = journal.finals.find((candidate) => candidate.studentId === studentId && (candidate.kind || 'period') === kind);
          return final ? (final.notAttested ? 'н/а' : String(final.value)) : '';
        }}
        lessonDate={(lessonId) => journal.lessons.find((lesson) => lesson.lessonId === lessonId)?.date ?? ''}
        nameOf={nameOf}
        decides={(me.data?.grants ?? []).some((grant) => grant.role === 'school_admin' && grant.schoolId === schoolId)}
        onDecided={(done) => {
          setMessage(done);
          void queries.invalidateQueries({ queryKey: pageKey });
        }}
      />
      {finalFor && (
        <PeriodFinal
          key={finalFor}
          path={`/classes/${classId}/subjects/${subjectId}/periods/${periodId}/finals/${finalFor}`}
          who={nameOf(finalFor)}
          proposal={journal.proposals.find((candidate) => candidate.studentId === finalFor)}
          onDone={(done) => {
            setFinalFor('');
            if (done) setMessage(done);
            void queries.invalidateQueries({ queryKey: pageKey });
          }}
        />
      )}
      {correcting && (
        <MarkCorrection
          key={correcting.id}
          mark={correcting}
          who={nameOf(correcting.studentId)}
          onDone={(done) => {
            setCorrecting(null);
            if (done) setMessage(done);
            void queries.invalidateQueries({ queryKey: pageKey });
          }}
        />
      )}
      {record && (
        <div className="record" key={record.lessonId}>
          <LessonRecordForm lesson={record} topics={journal.planTopics ?? []} onSaved={() => void queries.invalidateQueries({ queryKey: pageKey })} onClose={() => setSearch({})} />
          {!journal.closed && (
            <LessonAttendance
              lessonId={record.lessonId}
              pupils={pupils.map((id) => ({ id, name: nameOf(id) }))}
              absences={journal.absences.filter((absence) => absence.lessonId === record.lessonId)}
              onDone={() => void queries.invalidateQueries({ queryKey: pageKey })}
            />
          )}
        </div>
      )}
    </section>
  );
}
