import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { api, onSessionChange, sessions, type Session } from './api/client';
import { diaryChildren, teachingSchools, useMe } from './api/me';
import { DiaryWeek } from './screens/DiaryWeek';
import { JournalGrid } from './screens/JournalGrid';
import { Login } from './screens/Login';
import { MyClass } from './screens/MyClass';
import { PeopleImport } from './screens/PeopleImport';
import { RegionSchools } from './screens/RegionSchools';
import { SchoolPeople } from './screens/SchoolPeople';
import { SchoolYears } from './screens/SchoolYears';
import { TeacherWeek } from './screens/TeacherWeek';

function useSession(): Session | null {
  const [session, setSession] = useState(sessions.current());
  useEffect(() => onSessionChange(setSession), []);
  return session;
}

export function App() {
  const session = useSession();
  const queries = useQueryClient();
  useEffect(() => {
    if (!session) queries.clear();
  }, [session, queries]);
  if (!session) return <Login />;
  return <SignedIn />;
}

function SignedIn() {
  const me = useMe();
  const logOut = async () => {
    const session = sessions.current();
    if (session) await api('/sessions/end', { method: 'POST', anonymous: true, body: { refreshToken: session.refreshToken } }).catch(() => undefined);
    sessions.save(null);
  };
  if (me.isPending) return <p>Загрузка…</p>;
  if (me.isError) return <p role="alert" className="error">{me.error.message}</p>;
  const family = diaryChildren(me.data).length > 0;
  const teaching = teachingSchools(me.data).length > 0;
  const operator = me.data.grants.some((grant) => grant.role === 'region_operator');
  const keptClasses = me.data.grants.filter((grant) => grant.role === 'class_teacher' && grant.classId && grant.schoolId);
  const [administered] = me.data.grants.filter((grant) => grant.role === 'school_admin' && grant.schoolId).map((grant) => grant.schoolId!);
  return (
    <>
      <header className="top">
        <nav aria-label="Разделы">
          {family && <Link to="/diary">Дневник</Link>}
          {teaching && <Link to="/lessons">Мои уроки</Link>}
          {keptClasses.map((grant) => (
            <Link key={grant.classId} to={`/class/${grant.classId}`}>
              Мой класс
            </Link>
          ))}
          {administered && <Link to="/people">Люди школы</Link>}
          {administered && <Link to="/people/import">Загрузка людей</Link>}
          {administered && <Link to="/years">Учебный год</Link>}
          {operator && <Link to="/schools">Школы</Link>}
        </nav>
        <button type="button" onClick={() => void logOut()}>
          Выйти
        </button>
      </header>
      <main>
        <Routes>
          <Route path="/diary" element={<DiaryWeek me={me.data} />} />
          <Route path="/lessons" element={<TeacherWeek me={me.data} />} />
          <Route path="/journal/:classId/:subjectId/:periodId" element={<JournalGrid />} />
          {keptClasses.length > 0 && <Route path="/class/:classId" element={<MyClass />} />}
          {operator && <Route path="/schools" element={<RegionSchools />} />}
          {administered && <Route path="/years" element={<SchoolYears schoolId={administered} />} />}
          {administered && <Route path="/people" element={<SchoolPeople schoolId={administered} />} />}
          {administered && <Route path="/people/import" element={<PeopleImport schoolId={administered} />} />}
          <Route path="*" element={family ? <Navigate to="/diary" replace /> : teaching ? <Navigate to="/lessons" replace /> : keptClasses.length > 0 ? <Navigate to={`/class/${keptClasses[0].classId}`} replace /> : administered ? <Navigate to="/people/import" replace /> : operator ? <Navigate to="/schools" replace /> : <NothingYet />} />
        </Routes>
      </main>
    </>
  );
}

function NothingYet() {
  return (
    <section>
      <h1>Электронный журнал</h1>
      <p>Для вашей роли в веб-клиенте пока нет экранов: пользуйтесь API (документ /api/v1/openapi.json).</p>
    </section>
  );
}
