import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormError, useWeek, WeekNav } from './parts';
import { api, openFromApi } from '../api/client';
import { diaryChildren, type Me } from '../api/me';
import { Attendance, Finals, InterestedPerson, Teachers } from './FamilyPages';
import { PeriodMarks } from './PeriodMarks';
import { ABSENCES, addDays, dayTitle, markText } from '../format';

interface DiaryMark {
  markId: string;
  values: number[];
  passFail: string;
  workKind: string;
  weight: number;
  comment: string;
}

interface DiaryLesson {
  lessonId: string;
  periodId: string;
  date: string;
  number: number;
  startsAt: string;
  endsAt: string;
  subjectName: string;
  teacherName: string;
  substituted: boolean;
  status: string;
  topic: string;
  homework: string;
  noHomework: boolean;
  individualHomework: string;
  files: Array<{ id: string; name: string }>;
  marks: DiaryMark[];
  absence: string;
  remark: string;
}

interface WeekPage {
  studentId: string;
  week: string;
  lessons: DiaryLesson[];
}

interface Person {
  id: string;
  lastName: string;
  firstName: string;
}

function ChildName({ studentId }: { studentId: string }) {
  const person = useQuery({ queryKey: ['person', studentId], queryFn: () => api<Person>(`/people/${studentId}`), staleTime: 600_000, retry: false });
  return <>{person.data ? `${person.data.firstName} ${person.data.lastName}` : 'Ребёнок'}</>;
}

/** The diary week of a child (001 §3.1): lessons by day with topics, homework, marks and absences. */
export function DiaryWeek({ me }: { me: Me }) {
  const children = diaryChildren(me);
  const [studentId, setStudentId] = useState(children[0]?.studentId ?? '');
  const [fileError, setFileError] = useState('');
  const [search] = useSearchParams();
  const [monday, setMonday] = useWeek();
  const view = search.get('view') ?? 'week';
  const role = children.find((child) => child.studentId === studentId)?.role;
  const VIEWS: Array<[string, string]> = [
    ['week', 'Неделя'],
    ['finals', 'Итоговые'],
    ['attendance', 'Посещаемость'],
    ['teachers', 'Учителя'],
    ...(role === 'parent' ? ([['access', 'Доступ для близких']] as Array<[string, string]>) : []),
  ];
  const week = useQuery({
    queryKey: ['diary-week', studentId, monday],
    queryFn: () => api<WeekPage>(`/students/${studentId}/diary/week?week=${monday}`),
    enabled: studentId !== '' && view === 'week',
    refetchInterval: 15_000,
  });

  if (children.length === 0) return <p>У этой учётной записи нет дневника для просмотра.</p>;
  const days = [0, 1, 2, 3, 4, 5].map((offset) => addDays(monday, offset));
  return (
    <section aria-labelledby="diary-title">
      <h1 id="diary-title">Дневник</h1>
      {children.length > 1 && (
        <label className="inline">
          Ребёнок{' '}
          <select value={studentId} onChange={(event) => setStudentId(event.target.value)}>
            {children.map((child) => (
              <option key={child.studentId} value={child.studentId}>
                <ChildName studentId={child.studentId} />
              </option>
            ))}
          </select>
        </label>
      )}
      {children.length === 1 && (
        <p className="muted">
          <ChildName studentId={studentId} />
        </p>
      )}
      <nav className="tabs" aria-label="Разделы дневника">
        {VIEWS.map(([name, title]) => (
          <Link key={name} to={`/diary?view=${name}&week=${monday}`} aria-current={view === name ? 'page' : undefined}>
            {title}
          </Link>
        ))}
      </nav>
      {view === 'finals' && <Finals studentId={studentId} />}
      {view === 'attendance' && <Attendance studentId={studentId} />}
      {view === 'teachers' && <Teachers studentId={studentId} />}
      {view === 'access' && role === 'parent' && <InterestedPerson studentId={studentId} />}
      {view === 'week' && <>
      <WeekNav monday={monday} onChange={setMonday} />
      <FormError error={fileError} />
      {week.isPending && <p>Загрузка…</p>}
      {week.isError && (
        <p role="alert" className="error">
          {week.error.message}
        </p>
      )}
      {week.data &&
        days.map((day) => {
          const lessons = week.data.lessons.filter((lesson) => lesson.date === day).sort((a, b) => a.number - b.number);
          if (lessons.length === 0) return null;
          return (
            <article key={day} className="day" aria-label={dayTitle(day)}>
              <h2>{dayTitle(day)}</h2>
              <ol className="lessons">
                {lessons.map((lesson) => (
                  <li key={lesson.lessonId} className={lesson.status === 'cancelled' ? 'cancelled' : undefined}>
                    <div className="lesson-head">
                      <span className="number">{lesson.number}.</span> <strong>{lesson.subjectName || 'Урок'}</strong>
                      {lesson.startsAt && <span className="muted"> {lesson.startsAt}–{lesson.endsAt}</span>}
                      {lesson.status === 'cancelled' && <span className="badge"> отменён</span>}
                      {lesson.marks.map((mark) => (
                        <span key={mark.markId} className="mark" aria-label={`отметка ${markText(mark)}`}>
                          {markText(mark)}
                        </span>
                      ))}
                      {lesson.absence && (
                        <span className="absence" title={ABSENCES[lesson.absence]}>
                          {lesson.absence}
                        </span>
                      )}
                    </div>
                    {lesson.topic && <p>Тема: {lesson.topic}</p>}
                    <p>Домашнее задание: {lesson.noHomework ? 'без задания' : lesson.homework || '—'}</p>
                    {lesson.individualHomework && <p>Лично: {lesson.individualHomework}</p>}
                    {lesson.files.map((file) => (
                      <p key={file.id}>
                        Файл:{' '}
                        <button type="button" className="link" onClick={() => openFromApi(`/lessons/${lesson.lessonId}/homework/files/${file.id}`, { saveAs: file.name }).catch((failure: Error) => setFileError(failure.message))}>
                          {file.name}
                        </button>
                      </p>
                    ))}
                    {lesson.remark && <p className="remark">Замечание: {lesson.remark}</p>}
                    {lesson.marks
                      .filter((mark) => mark.comment)
                      .map((mark) => (
                        <p key={mark.markId}>
                          К отметке {markText(mark)}: {mark.comment}
                        </p>
                      ))}
                    {lesson.teacherName && (
                      <p className="muted">
                        Учитель: {lesson.teacherName}
                        {lesson.substituted ? ' (замена)' : ''}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </article>
          );
        })}
      {week.data && week.data.lessons.length === 0 && <p>На этой неделе уроков нет.</p>}
      {week.data?.lessons[0]?.periodId && <PeriodMarks studentId={studentId} periodId={week.data.lessons[0].periodId} />}
      </>}
    </section>
  );
}
