import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ClassName, useWeek, WeekNav } from './parts';
import { api } from '../api/client';
import { useCatalogue } from '../api/school';
import { teachingSchools, type Me } from '../api/me';
import { addDays, dayTitle, today } from '../format';

interface Lesson {
  id: string;
  classId: string;
  groupId: string;
  subjectId: string;
  periodId: string;
  date: string;
  number: number;
  startsAt: string;
  endsAt: string;
  status: string;
  substituteTeacherId: string;
}


/** A teacher's lessons of the week, today's first: each opens its journal page. */
export function TeacherWeek({ me }: { me: Me }) {
  const [schoolId] = teachingSchools(me);
  const [monday, setMonday] = useWeek();
  const lessons = useQuery({
    queryKey: ['teacher-lessons', schoolId, me.personId, monday],
    queryFn: () => api<{ lessons: Lesson[] }>(`/schools/${schoolId}/teachers/${me.personId}/lessons?week=${monday}`),
    enabled: Boolean(schoolId),
  });
  const catalogue = useCatalogue(schoolId);
  const subjectName = (id: string) => catalogue.data?.subjects.find((subject) => subject.id === id)?.name ?? id;
  if (!schoolId) return <p>Уроков нет: у учётной записи нет роли учителя.</p>;
  const days = [0, 1, 2, 3, 4, 5].map((offset) => addDays(monday, offset));
  return (
    <section aria-labelledby="lessons-title">
      <h1 id="lessons-title">Мои уроки</h1>
      <p className="hint">
        Темы уроков в журнале подсказываются по КТП: <Link to="/plans">мои КТП</Link>.
      </p>
      <WeekNav monday={monday} onChange={setMonday} />
      {lessons.isPending && <p>Загрузка…</p>}
      {lessons.isError && <p role="alert" className="error">{lessons.error.message}</p>}
      {lessons.data &&
        days.map((day) => {
          const ofDay = lessons.data.lessons.filter((lesson) => lesson.date === day).sort((a, b) => a.number - b.number);
          if (ofDay.length === 0) return null;
          return (
            <article key={day} className={day === today() ? 'day today' : 'day'}>
              <h2>
                {dayTitle(day)}
                {day === today() ? ' — сегодня' : ''}
              </h2>
              <ol className="lessons">
                {ofDay.map((lesson) => (
                  <li key={lesson.id} className={lesson.status === 'cancelled' ? 'cancelled' : undefined}>
                    <Link to={`/journal/${lesson.classId}/${lesson.subjectId}/${lesson.periodId}?lesson=${lesson.id}`}>
                      {lesson.number}. <ClassName classId={lesson.classId} /> — {subjectName(lesson.subjectId)}
                    </Link>
                    {lesson.startsAt && <span className="muted"> {lesson.startsAt}–{lesson.endsAt}</span>}
                    {lesson.status === 'cancelled' && <span className="badge"> отменён</span>}
                    {lesson.substituteTeacherId === me.personId && <span className="badge"> замена</span>}
                  </li>
                ))}
              </ol>
            </article>
          );
        })}
      {lessons.data && lessons.data.lessons.length === 0 && <p>На этой неделе уроков нет.</p>}
    </section>
  );
}
